using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MtdIncomeTax.Data;
using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.EndToEndTests;

/// <summary>Sam's grant is ended by HMRC, Sam reconnects from the banner, then disconnects.</summary>
public sealed class GrantLifecycleTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string EndedBanner = "Reconnect MtdIncomeTax to HMRC";

    [Fact]
    public async Task Ended_grant_is_reconnected_then_disconnected()
    {
        await using var app = new RunningApp();
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await LinkJourneyTests.SignInAsync(page, app);
        await LinkJourneyTests.ConnectAsync(page, "AA123456A");

        // The refresh manager sets this status when HMRC refuses the grant; here the test sets it.
        await UpdateConnectionAsync(app, connection => connection.Status = ConnectionStatus.NeedsReauthorisation);
        await page.ReloadAsync();

        var banner = page.GetByRole(AriaRole.Region, new() { Name = EndedBanner });
        await Assertions.Expect(banner).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await banner.GetByRole(AriaRole.Link, new() { Name = "Reconnect to HMRC" }).ClickAsync();
        await ReconnectAsync(page);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You are connected to HMRC" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = EndedBanner })).ToHaveCountAsync(0);
        Assert.Equal(ConnectionStatus.Active, (await FindConnectionAsync(app)).Status);

        await page.GetByRole(AriaRole.Link, new() { Name = "Disconnect from HMRC" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(
            AriaRole.Heading, new() { Name = "Are you sure you want to disconnect MtdIncomeTax from HMRC?" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Disconnect from HMRC" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(
            AriaRole.Heading, new() { Name = "You have disconnected MtdIncomeTax from HMRC" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(
            AriaRole.Link, new() { Name = "https://www.tax.service.gov.uk/applications-manage-authority" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        var disconnected = await FindConnectionAsync(app);
        Assert.Equal(ConnectionStatus.Disconnected, disconnected.Status);
        Assert.Null(disconnected.ProtectedAccessToken);
        Assert.Null(disconnected.ProtectedRefreshToken);
    }

    private static async Task ReconnectAsync(IPage page)
    {
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Connect to HMRC", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("National Insurance number")).ToHaveValueAsync("AA123456A");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue to HMRC" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Continue" }).ClickAsync();
        await LinkJourneyTests.SignInToHmrcAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Grant authority", Exact = true }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/dashboard$"));
    }

    private static async Task<HmrcConnection> FindConnectionAsync(RunningApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();

        return await db.HmrcConnections.AsNoTracking().SingleAsync();
    }

    private static async Task UpdateConnectionAsync(RunningApp app, Action<HmrcConnection> change)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();
        change(await db.HmrcConnections.SingleAsync());
        await db.SaveChangesAsync();
    }
}
