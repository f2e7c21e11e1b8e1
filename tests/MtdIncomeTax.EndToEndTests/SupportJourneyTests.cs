using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MtdIncomeTax.Data;
using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.EndToEndTests;

/// <summary>A support person finds a connection that needs re-authorisation and reads its timeline.</summary>
public sealed class SupportJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Support_finds_connection_needing_reauthorisation()
    {
        await using var app = new RunningApp();
        await LinkSamAsync(app);
        await SetStatusAsync(app, ConnectionStatus.NeedsReauthorisation);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(app.AppUrl + "/support/connections");
        await SignInAsCaseyAsync(page);

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/support/connections$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "HMRC connections" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "Needs re-authorisation" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("status=NeedsReauthorisation"));
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Sam Trader" });
        await Assertions.Expect(row).ToContainTextAsync("Needs re-authorisation");
        await Assertions.Expect(row).ToContainTextAsync("*****456A");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Sam Trader" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "HMRC connection Sam Trader" })).ToBeVisibleAsync();
        var timeline = page.GetByRole(AriaRole.Table, new() { Name = "Timeline of this connection, newest first" });
        await Assertions.Expect(timeline.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("Viewed by support");
        await Assertions.Expect(timeline.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("Casey Support");
        await Assertions.Expect(timeline.GetByRole(AriaRole.Row).Filter(new() { HasText = "Linked" })).ToContainTextAsync("Sam Trader");
        var calls = page.GetByRole(AriaRole.Table, new() { Name = "Recent HMRC API calls, newest first" });
        await Assertions.Expect(calls).ToContainTextAsync("/individuals/business/details/{nino}/list");
        await Accessibility.AssertNoViolationsAsync(page);
        await AssertNoIssuedSecretAsync(app, page);
    }

    [Fact]
    public async Task Support_pages_pass_axe_checks()
    {
        await using var app = new RunningApp();
        await LinkSamAsync(app);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.AppUrl);
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await SignInAsCaseyAsync(page);

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/support/connections$"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Grant ends by month" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Grant ends by month" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Ended");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync(app.AppUrl + "/support/connections?days=0");

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Enter a whole number of days from 1 to 3650");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sam Trader" })).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync(app.AppUrl + "/support/connections/" + Guid.NewGuid());

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Connection not found" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Business_user_cannot_open_support()
    {
        await using var app = new RunningApp();
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await LinkJourneyTests.SignInAsync(page, app);

        var response = await page.GotoAsync(app.AppUrl + "/support/connections");

        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You cannot use this page" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Support" })).ToHaveCountAsync(0);
    }

    private async Task LinkSamAsync(RunningApp app)
    {
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await LinkJourneyTests.SignInAsync(page, app);
        await LinkJourneyTests.ConnectAsync(page, "AA123456A");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sam's Plastering" })).ToBeVisibleAsync();
    }

    // The token refresh manager sets this status when HMRC rejects a refresh. Until it exists, the
    // test sets it in the database.
    private static async Task SetStatusAsync(RunningApp app, ConnectionStatus status)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();
        var updated = await db.HmrcConnections.ExecuteUpdateAsync(update => update.SetProperty(connection => connection.Status, status));
        Assert.Equal(1, updated);
    }

    private static async Task SignInAsCaseyAsync(IPage page)
    {
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Development sign-in" })).ToBeVisibleAsync();
        await page.GetByLabel("Username").FillAsync("casey");
        await page.GetByLabel("Password").FillAsync("emulator");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await LinkJourneyTests.EnterSignInCodeAsync(page);
    }

    /// <summary>Checks the page for every token and code the emulator issued, and for the stored tokens in their encrypted form.</summary>
    private static async Task AssertNoIssuedSecretAsync(RunningApp app, IPage page)
    {
        var secrets = (await app.IssuedSecretsAsync()).ToList();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();
            var stored = await db.HmrcConnections.SingleAsync();
            secrets.Add(stored.ProtectedAccessToken!);
            secrets.Add(stored.ProtectedRefreshToken!);
        }

        var html = await page.ContentAsync();

        Assert.NotEmpty(secrets);
        foreach (var secret in secrets)
        {
            Assert.False(html.Contains(secret, StringComparison.Ordinal), $"The page contains an issued value starting {secret[..4]}");
        }
    }
}
