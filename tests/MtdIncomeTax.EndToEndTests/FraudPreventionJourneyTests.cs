using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MtdIncomeTax.Data;
using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.EndToEndTests;

/// <summary>
/// A sole trader in London links, sees the dashboard, sends an update and asks for a
/// calculation; the emulator checks the fraud prevention headers of every Income Tax API call.
/// </summary>
public sealed partial class FraudPreventionJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string BrowserAddress = "198.51.100.7";

    [Fact]
    public async Task Every_api_call_of_the_journey_has_valid_headers()
    {
        await using var app = new RunningApp();
        await using var context = await browser.Browser.NewContextAsync(new()
        {
            TimezoneId = "Europe/London",
            ExtraHTTPHeaders = new Dictionary<string, string> { ["X-Forwarded-For"] = BrowserAddress + ":51432" },
        });
        var page = await context.NewPageAsync();

        await LinkJourneyTests.SignInAsync(page, app);
        await LinkJourneyTests.ConnectAsync(page, "AA123456A");
        await SendUpdateAndSeeCalculationAsync(page, app);

        var records = await FraudHeaderRecordsAsync(app);
        var apis = records.Select(record => record.GetProperty("api").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "Business Details", "Obligations", "Self-Employment Business", "Individual Calculations", "Test Fraud Prevention Headers" }, apis);
        foreach (var record in records)
        {
            var report = record.GetProperty("report");
            var request = $"{record.GetProperty("method").GetString()} {record.GetProperty("path").GetString()}";
            Assert.True(report.GetProperty("code").GetString() == "VALID_HEADERS", $"{request} was not valid: {report}");
        }

        var stored = await StoredAsync(app);
        var londonNow = TimeZoneInfo.FindSystemTimeZoneById("Europe/London").GetUtcOffset(DateTimeOffset.UtcNow);
        Assert.Equal((int)londonNow.TotalMinutes, stored.Data.TimezoneOffsetMinutes);
        Assert.Equal(BrowserAddress, stored.Data.PublicIp);
        Assert.Equal(51432, stored.Data.PublicPort);
        var deviceCookie = (await context.CookiesAsync()).Single(cookie => cookie.Name == "mtdincometax.device");
        Assert.Equal(deviceCookie.Value, stored.Data.DeviceId.ToString());
        Assert.True(deviceCookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Lax, deviceCookie.SameSite);
        Assert.Equal("VALID_HEADERS", stored.Check.Code);
        Assert.Equal(0, stored.Check.ErrorCount + stored.Check.WarningCount);
    }

    [Fact]
    public async Task Pages_work_without_javascript_and_browser_headers_are_left_out()
    {
        await using var app = new RunningApp();
        await using var context = await browser.Browser.NewContextAsync(new()
        {
            JavaScriptEnabled = false,
            ExtraHTTPHeaders = new Dictionary<string, string> { ["X-Forwarded-For"] = BrowserAddress + ":51432" },
        });
        var page = await context.NewPageAsync();

        // The same pages are checked with axe-core in the journeys that run JavaScript.
        await LinkJourneyTests.SignInAsync(page, app, checkAccessibility: false);
        await LinkJourneyTests.ConnectAsync(page, "AA123456A", checkAccessibility: false);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sam's Plastering" })).ToBeVisibleAsync();
        var businessCall = (await FraudHeaderRecordsAsync(app)).First(record => record.GetProperty("api").GetString() == "Business Details");
        var errors = businessCall.GetProperty("report").GetProperty("errors").EnumerateArray().ToList();
        var missing = Assert.Single(errors);
        Assert.Equal("MISSING_HEADER", missing.GetProperty("code").GetString());
        Assert.Equal(
            ["gov-client-browser-js-user-agent", "gov-client-screens", "gov-client-timezone", "gov-client-window-size"],
            missing.GetProperty("headers").EnumerateArray().Select(header => header.GetString()));
    }

    private static async Task SendUpdateAndSeeCalculationAsync(IPage page, RunningApp app)
    {
        var plastering = page.GetByRole(AriaRole.Region, new() { Name = "Sam's Plastering" });
        var send = plastering.GetByRole(AriaRole.Link, new() { NameRegex = SendUpdate() });
        await Assertions.Expect(plastering.GetByRole(AriaRole.Table)).ToBeVisibleAsync();
        if (await send.CountAsync() == 0)
        {
            await page.GetByRole(AriaRole.Link, new() { NameRegex = ShowTaxYear() }).ClickAsync();
            send = page.GetByRole(AriaRole.Region, new() { Name = "Sam's Plastering" }).GetByRole(AriaRole.Link, new() { NameRegex = SendUpdate() });
        }

        await send.First.ClickAsync();
        await page.GetByLabel("Turnover: takings, fees and sales").FillAsync("30000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue to check your update" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send update to HMRC" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "HMRC has your quarterly update" })).ToBeVisibleAsync();

        var taxYear = SeeCalculation().Match((await page.GetByRole(AriaRole.Link, new() { NameRegex = SeeCalculation() }).TextContentAsync())!).Groups[1].Value;
        await page.GotoAsync($"{app.AppUrl}/calculations/new?taxYear={taxYear}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ask HMRC for a calculation" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your tax calculation for " + taxYear }))
            .ToBeVisibleAsync(new() { Timeout = 30_000 });
    }

    private static async Task<List<JsonElement>> FraudHeaderRecordsAsync(RunningApp app)
    {
        using var http = new HttpClient();
        var records = await http.GetFromJsonAsync<JsonElement>(app.EmulatorUrl + "/test-support/fraud-prevention-headers");
        return records.EnumerateArray().ToList();
    }

    private static async Task<(FraudPreventionData Data, FraudHeaderCheck Check)> StoredAsync(RunningApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();
        return (await db.Set<FraudPreventionData>().SingleAsync(), await db.Set<FraudHeaderCheck>().SingleAsync());
    }

    [GeneratedRegex("^Send update for ")]
    private static partial Regex SendUpdate();

    [GeneratedRegex("^Show 20")]
    private static partial Regex ShowTaxYear();

    [GeneratedRegex("See your tax calculation for (20[0-9]{2}-[0-9]{2})")]
    private static partial Regex SeeCalculation();
}
