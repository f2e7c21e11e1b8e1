using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MtdIncomeTax.Data;

namespace MtdIncomeTax.EndToEndTests;

/// <summary>A sole trader signs in, connects to HMRC on the emulator's pages and is shown their businesses.</summary>
public sealed class LinkJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Linking_shows_both_businesses()
    {
        await using var app = new RunningApp();
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await SignInAsync(page, app);
        await ConnectAsync(page, "aa 12 34 56 a");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You are connected to HMRC" })).ToBeVisibleAsync();
        await AssertBusinessesShownAsync(page);
        await Accessibility.AssertNoViolationsAsync(page);

        await ConnectAsync(page, "AA123456A");

        await AssertBusinessesShownAsync(page);
        Assert.Equal(1, await ConnectionCountAsync(app));

        await AssertNoIssuedSecretLeakedAsync(app, page);
    }

    [Fact]
    public async Task Denied_grant_changes_nothing()
    {
        await using var app = new RunningApp();
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, app);

        await page.GotoAsync(app.AppUrl + "/connect");
        await page.GetByLabel("National Insurance number").FillAsync("AA123456A");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue to HMRC" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Continue" }).ClickAsync();
        await SignInToHmrcAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Do not grant authority" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You did not grant authority" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Nothing has changed")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        Assert.Equal(0, await ConnectionCountAsync(app));
    }

    /// <summary>
    /// Signs in as sam. Pass <paramref name="checkAccessibility"/> false for a page whose context
    /// has JavaScript turned off, because axe-core cannot run there.
    /// </summary>
    internal static async Task SignInAsync(IPage page, RunningApp app, bool checkAccessibility = true)
    {
        await page.GotoAsync(app.AppUrl);
        await CheckAccessibilityAsync(page, checkAccessibility);
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Development sign-in" })).ToBeVisibleAsync();
        await CheckAccessibilityAsync(page, checkAccessibility);
        await page.GetByLabel("Username").FillAsync("sam");
        await page.GetByLabel("Password").FillAsync("emulator");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await EnterSignInCodeAsync(page, checkAccessibility);

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/dashboard$"));
        await Assertions.Expect(page.GetByText("You have not connected MtdIncomeTax to HMRC yet")).ToBeVisibleAsync();
        await CheckAccessibilityAsync(page, checkAccessibility);
    }

    /// <summary>Enters the one-time code that the development sign-in shows in place of sending an email.</summary>
    internal static async Task EnterSignInCodeAsync(IPage page, bool checkAccessibility = true)
    {
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Enter your sign-in code" })).ToBeVisibleAsync();
        await CheckAccessibilityAsync(page, checkAccessibility);
        var code = await page.Locator("#sign-in-code-shown").TextContentAsync();
        await page.GetByLabel("Sign-in code").FillAsync(code!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
    }

    internal static async Task ConnectAsync(IPage page, string nino, bool checkAccessibility = true)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Connect to HMRC" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Connect to HMRC", Exact = true })).ToBeVisibleAsync();
        await CheckAccessibilityAsync(page, checkAccessibility);

        await page.GetByLabel("National Insurance number").FillAsync(nino);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue to HMRC" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Authorise software" })).ToBeVisibleAsync();
        await CheckAccessibilityAsync(page, checkAccessibility);
        await page.GetByRole(AriaRole.Link, new() { Name = "Continue" }).ClickAsync();

        await SignInToHmrcAsync(page, checkAccessibility);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Grant authority" })).ToBeVisibleAsync();
        await CheckAccessibilityAsync(page, checkAccessibility);
        await page.GetByRole(AriaRole.Button, new() { Name = "Grant authority", Exact = true }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/dashboard$"));
    }

    internal static async Task SignInToHmrcAsync(IPage page, bool checkAccessibility = true)
    {
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await CheckAccessibilityAsync(page, checkAccessibility);
        await page.GetByLabel("User ID").FillAsync("individual-1");
        await page.GetByLabel("Password").FillAsync("emulator");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    private static async Task CheckAccessibilityAsync(IPage page, bool checkAccessibility)
    {
        if (checkAccessibility)
        {
            await Accessibility.AssertNoViolationsAsync(page);
        }
    }

    private static async Task AssertBusinessesShownAsync(IPage page)
    {
        var plastering = page.GetByRole(AriaRole.Heading, new() { Name = "Sam's Plastering" });
        await Assertions.Expect(plastering).ToContainTextAsync("Self-employment, Plastering");
        await Assertions.Expect(plastering).ToContainTextAsync("XAIS12345678901");
        var property = page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^UK property") });
        await Assertions.Expect(property).ToContainTextAsync("XPIS12345678902");
    }

    private static async Task AssertNoIssuedSecretLeakedAsync(RunningApp app, IPage page)
    {
        var secrets = await app.IssuedSecretsAsync();
        var database = RunningApp.ReadShared(app.DatabasePath) + RunningApp.ReadShared(app.DatabasePath + "-wal");
        var logs = RunningApp.ReadShared(app.LogPath);
        var html = await page.ContentAsync();

        Assert.True(secrets.Count >= 6, $"expected two grants' codes and tokens, found {secrets.Count} values");
        Assert.Contains("HMRC token request", logs);
        foreach (var secret in secrets)
        {
            Assert.False(database.Contains(secret, StringComparison.Ordinal), $"The database file contains an issued value starting {secret[..4]}");
            Assert.False(logs.Contains(secret, StringComparison.Ordinal), $"The log contains an issued value starting {secret[..4]}");
            Assert.DoesNotContain(secret, html);
        }
    }

    private static async Task<int> ConnectionCountAsync(RunningApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();
        return await db.HmrcConnections.CountAsync();
    }
}
