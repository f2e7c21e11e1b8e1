using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using MtdIncomeTax.Data;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.Data.Stores.Agents;
using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Hmrc.OAuth;

namespace MtdIncomeTax.EndToEndTests;

/// <summary>
/// Alex, of Taylor and Co, checks all the practice's clients, then acts for the clients who
/// authorised the practice: as main agent for Sam, up to asking for a calculation, and as
/// supporting agent for Lee. The practice's
/// grant and client list are set up through the app's stores and the emulator's test support API.
/// </summary>
public sealed class AgentClientJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Arn = "AARN1234567";
    private const string SamNino = "AA123456A";
    private const string LeeNino = "AB123456C";

    [Fact]
    public async Task Agent_checks_all_clients_then_acts_for_them()
    {
        await using var app = new RunningApp();
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsAlexAsync(page, app);
        var practiceId = await LinkPracticeAsync(app);
        var clients = await AddClientsAsync(app, practiceId);

        await page.GotoAsync(app.AppUrl + "/clients/check-all");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GotoAsync(app.AppUrl + "/clients");
        await AssertSearchButtonBesideBoxAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check all clients" }).ClickAsync();

        var progress = page.GetByRole(AriaRole.Progressbar);
        await Assertions.Expect(progress).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        var live = page.GetByRole(AriaRole.Status);
        await Assertions.Expect(live).ToHaveTextAsync(new Regex(@"Checked [1-9]\d* of 14 clients"), new() { Timeout = 15_000 });
        await Assertions.Expect(live).ToHaveTextAsync("The check has finished.", new() { Timeout = 30_000 });
        await AssertSummaryAsync(page);
        var pageText = await page.Locator("body").InnerTextAsync();
        Assert.Single(Regex.Matches(pageText, "Checked 14 of 14 clients"));
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Show the updated list" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Authorised (8)" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Show the updated list" })).ToHaveCountAsync(0);

        // The summary is stored, so the page of its own shows it too.
        await page.GotoAsync(app.AppUrl + "/clients/check-all");
        await AssertSummaryAsync(page);

        await page.GotoAsync($"{app.AppUrl}/clients/{clients[SamNino]}/businesses");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sam's Plastering" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^UK property") })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table).First).ToContainTextAsync("Due");
        await Accessibility.AssertNoViolationsAsync(page);

        // Sam has sent HMRC no updates, so HMRC accepts the practice's request and explains it has nothing to calculate.
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^See the client's tax calculation") }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ask HMRC for a calculation" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^See Sam Trader's tax calculation") })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("HMRC has no updates for this tax year yet")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync($"{app.AppUrl}/clients/{clients[LeeNino]}/businesses");
        await Assertions.Expect(page.GetByText("Supporting agent", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("calculation", RegexOptions.IgnoreCase) })).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync($"{app.AppUrl}/clients/{clients[LeeNino]}/calculations/new");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "A supporting agent cannot use the calculations" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
    }

    /// <summary>The Search button is as tall as the search box and lines up with it, not with its label.</summary>
    private static async Task AssertSearchButtonBesideBoxAsync(IPage page)
    {
        var button = await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).BoundingBoxAsync();
        var box = await page.GetByRole(AriaRole.Searchbox).BoundingBoxAsync();

        Assert.NotNull(button);
        Assert.NotNull(box);
        Assert.InRange(button.Height, box.Height - 8, box.Height + 8);
        Assert.InRange(button.Y + button.Height, box.Y + box.Height - 4, box.Y + box.Height + 4);
    }

    private static async Task AssertSummaryAsync(IPage page)
    {
        var summary = page.GetByRole(AriaRole.Table, new() { Name = "Clients by status after the check" });
        await Assertions.Expect(summary.GetByRole(AriaRole.Row, new() { Name = "Authorised 8" })).ToBeVisibleAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Row, new() { Name = "Not requested 5" })).ToBeVisibleAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Row, new() { Name = "Needs attention 1" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#client-check-summary")).ToContainTextAsync("Checked 14 of 14 clients: 9 changed, 0 could not be checked.");
    }

    private static async Task SignInAsAlexAsync(IPage page, RunningApp app)
    {
        await page.GotoAsync(app.AppUrl);
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByLabel("Username").FillAsync("alex");
        await page.GetByLabel("Password").FillAsync("emulator");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await LinkJourneyTests.EnterSignInCodeAsync(page, checkAccessibility: false);
        await Assertions.Expect(page.GetByText("Signed in as Alex Agent", new() { Exact = true })).ToBeVisibleAsync();
    }

    /// <summary>
    /// Grants the practice authority at the emulator as agent-1 and stores the grant, as linking
    /// the practice would.
    /// </summary>
    private static async Task<Guid> LinkPracticeAsync(RunningApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<MtdIncomeTaxDbContext>();
        var alex = await db.Users.AsNoTracking().SingleAsync(user => user.PracticeId != null);
        var options = services.GetRequiredService<IOptions<HmrcOptions>>().Value;
        var scopes = options.BusinessScopes + " " + options.AgentScopes;
        var tokens = await GrantAsync(app, services.GetRequiredService<HmrcTokenClient>(), options, scopes);
        await services.GetRequiredService<HmrcConnectionStore>().SaveGrantAsync(
            new NewGrant(alex.Id, ConnectionKind.AgentPractice, "Emulator", null, scopes, tokens) { PracticeId = alex.PracticeId, Arn = Arn },
            CancellationToken.None);

        return alex.PracticeId!.Value;
    }

    private static async Task<HmrcTokenSet> GrantAsync(RunningApp app, HmrcTokenClient tokenClient, HmrcOptions options, string scopes)
    {
        var pkce = PkcePair.Create();
        using var hmrcBrowser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(app.EmulatorUrl) };
        var authorize = await hmrcBrowser.GetAsync(HmrcAuthorizeUrl.Create(options, scopes, "e2e-state", pkce.Challenge));
        var signIn = await hmrcBrowser.PostAsync(authorize.Headers.Location!.OriginalString + "/sign-in", Form(("userId", "agent-1"), ("password", "emulator")));
        var grant = await hmrcBrowser.PostAsync(signIn.Headers.Location!.OriginalString, Form(("decision", "grant")));
        var code = QueryHelpers.ParseQuery(grant.Headers.Location!.Query).GetValueOrDefault("code").ToString();
        var tokens = await tokenClient.ExchangeCodeAsync(code, pkce.Verifier, CancellationToken.None);

        return tokens.Succeeded ? tokens.Tokens : throw new InvalidOperationException($"The code exchange failed: {tokens.Outcome}");
    }

    /// <summary>
    /// Adds Sam (main agent) and Lee (supporting), who authorised the practice, individual-3, who is
    /// not signed up to MTD, and eleven made-up clients of whom six authorised the practice.
    /// </summary>
    private static async Task<Dictionary<string, Guid>> AddClientsAsync(RunningApp app, Guid practiceId)
    {
        using var emulator = new HttpClient { BaseAddress = new Uri(app.EmulatorUrl) };
        var created = await emulator.PostAsJsonAsync("/test-support/agent-clients", new { count = 11 });
        created.EnsureSuccessStatusCode();
        var people = (await created.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();

        List<NewAgentClient> clients =
        [
            new("Sam Trader", SamNino, "TF3 4NT", AgentType.Main),
            new("Lee Landlord", LeeNino, "BN12 4XL", AgentType.Supporting),
            new("Casey Newcomer", "AC123456D", "LS1 4AP", AgentType.Main),
            .. people.Select((person, index) => new NewAgentClient(
                $"Client {index + 1:D2}", person.GetProperty("nino").GetString()!, person.GetProperty("postcode").GetString()!, AgentType.Main)),
        ];
        await RelateAsync(emulator, SamNino, "main");
        await RelateAsync(emulator, LeeNino, "supporting");
        foreach (var person in people.Take(6))
        {
            await RelateAsync(emulator, person.GetProperty("nino").GetString()!, "main");
        }

        await using var scope = app.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<AgentClientStore>();
        Assert.True((await store.AddAsync(practiceId, clients, CancellationToken.None)).Succeeded);
        var ids = new Dictionary<string, Guid>();
        foreach (var client in clients)
        {
            ids[client.Nino] = (await store.FindByNinoAsync(practiceId, client.Nino, CancellationToken.None))!.Id;
        }

        return ids;
    }

    private static async Task RelateAsync(HttpClient emulator, string nino, string agentType) =>
        (await emulator.PostAsJsonAsync("/test-support/relationships", new { arn = Arn, nino, agentType })).EnsureSuccessStatusCode();

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(field => KeyValuePair.Create(field.Name, field.Value)));
}
