using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MtdIncomeTax.EndToEndTests;

/// <summary>
/// A sole trader links to HMRC, views the quarterly updates HMRC expects, sends one, finds it
/// received, and requests a tax calculation that includes it.
/// </summary>
public sealed partial class QuarterlyUpdateJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Sent_update_reaches_calculation()
    {
        await using var app = new RunningApp();
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await LinkJourneyTests.SignInAsync(page, app);
        await LinkJourneyTests.ConnectAsync(page, "AA123456A");

        var plastering = page.GetByRole(AriaRole.Region, new() { Name = "Sam's Plastering" });
        await Assertions.Expect(plastering.GetByRole(AriaRole.Table)).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        // Early in a tax year no quarter can be sent yet; the year before always has one.
        var send = plastering.GetByRole(AriaRole.Link, new() { NameRegex = SendUpdate() });
        if (await send.CountAsync() == 0)
        {
            await page.GetByRole(AriaRole.Link, new() { NameRegex = ShowTaxYear() }).ClickAsync();
            plastering = page.GetByRole(AriaRole.Region, new() { Name = "Sam's Plastering" });
            send = plastering.GetByRole(AriaRole.Link, new() { NameRegex = SendUpdate() });
        }

        var sendName = await send.First.TextContentAsync();
        var period = PeriodIn().Match(sendName!).Groups[1].Value;
        await send.First.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Quarterly update: " + period })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Turnover: takings, fees and sales").FillAsync("30,000.005");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue to check your update" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert).GetByText("Turnover: takings, fees and sales must have no more than 2 decimal places")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Turnover: takings, fees and sales").FillAsync("30,000");
        await page.GetByLabel("Cost of goods bought for resale or goods used", new() { Exact = true }).FillAsync("3000");
        await page.GetByLabel("Cost of goods bought for resale or goods used, disallowable part").FillAsync("100");
        await page.GetByLabel("Phone, fax, stationery and other office costs", new() { Exact = true }).FillAsync("450");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue to check your update" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your quarterly update" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Total income £30,000.00" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Total allowable expenses £3,350.00" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send update to HMRC" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "HMRC has your quarterly update" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(CorrelationId())).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        var taxYearLink = page.GetByRole(AriaRole.Link, new() { NameRegex = SeeCalculation() });
        var taxYear = SeeCalculation().Match((await taxYearLink.TextContentAsync())!).Groups[1].Value;
        await page.GetByRole(AriaRole.Link, new() { Name = "Go to your dashboard" }).ClickAsync();
        if (!await page.GetByRole(AriaRole.Region, new() { Name = "Sam's Plastering" }).GetByRole(AriaRole.Row, new() { NameRegex = new Regex(Regex.Escape(period)) }).IsVisibleAsync())
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Show " + taxYear }).ClickAsync();
        }

        var row = page.GetByRole(AriaRole.Region, new() { Name = "Sam's Plastering" }).GetByRole(AriaRole.Row, new() { NameRegex = new Regex(Regex.Escape(period)) });
        await Assertions.Expect(row.GetByText("Received")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Received by HMRC" })).ToBeVisibleAsync();

        await page.GotoAsync($"{app.AppUrl}/calculations/new?taxYear={taxYear}");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ask HMRC for a calculation" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "HMRC is working out your calculation" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your tax calculation for " + taxYear }))
            .ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { NameRegex = new Regex("^Total Income Tax and National Insurance so far £") })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [GeneratedRegex("^Send update for ")]
    private static partial Regex SendUpdate();

    [GeneratedRegex("^Show 20")]
    private static partial Regex ShowTaxYear();

    [GeneratedRegex("for (.+)$")]
    private static partial Regex PeriodIn();

    [GeneratedRegex("See your tax calculation for (20[0-9]{2}-[0-9]{2})")]
    private static partial Regex SeeCalculation();

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    private static partial Regex CorrelationId();
}
