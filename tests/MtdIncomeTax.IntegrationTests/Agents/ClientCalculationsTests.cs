using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MtdIncomeTax.Data;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores.Agents;
using MtdIncomeTax.Hmrc;
using MtdIncomeTax.IntegrationTests.Infrastructure;
using MtdIncomeTax.Web.Agents.Acting;
using static MtdIncomeTax.IntegrationTests.Infrastructure.IncomeTaxStubs;

namespace MtdIncomeTax.IntegrationTests.Agents;

/// <summary>A main agent asking HMRC for an authorised client's in-year calculation through the practice's grant.</summary>
public sealed class ClientCalculationsTests : IAsyncLifetime
{
    private const string OtherNino = "AB123456C";
    private const string MatchingResourceNotFound = "MATCHING_RESOURCE_NOT_FOUND";
    private readonly AppFactory _app = new() { Settings = new Dictionary<string, string> { ["Agents:CheckAll:Enabled"] = "false" } };

    /// <summary>Every calculation address under a client, as method and path; {year} stands for this tax year.</summary>
    public static TheoryData<string, string> Routes => new()
    {
        { "GET", "" },
        { "GET", "/new" },
        { "POST", "" },
        { "GET", "/{year}/" + SampleCalculationId },
        { "GET", "/{year}/" + SampleCalculationId + "/status" },
    };

    private TaxYear ThisYear => TaxYear.Containing(DateOnly.FromDateTime(_app.Time.GetUtcNow().UtcDateTime));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Main_agent_triggers_and_sees_calculation()
    {
        var (practice, clientId) = await ClientAsync(AgentType.Main, ClientRelationshipStatus.Authorised);
        using var staff = practice.SignIn(_app);
        _app.Hmrc.CalculationTriggered(ThisYear);
        _app.Hmrc.CalculationAnswers(ThisYear, 404, new { code = MatchingResourceNotFound, message = "Matching resource not found" });

        var requestPage = await staff.GetStringAsync($"/clients/{clientId}/calculations/new");
        var requested = await RequestAsync(staff, clientId, ThisYear.Value);

        Assert.Contains($"See Sam Client&#x27;s tax calculation for {ThisYear}", requestPage);
        Assert.Contains($"action=\"/clients/{clientId}/calculations\"", requestPage);
        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        var showPath = requested.Headers.Location!.OriginalString;
        Assert.Equal($"/clients/{clientId}/calculations/{ThisYear}/{SampleCalculationId}", showPath);
        var trigger = Assert.Single(_app.Hmrc.LogEntries, entry => entry.RequestMessage.Path.EndsWith("/trigger/in-year", StringComparison.Ordinal));
        Assert.Equal($"/individuals/calculations/{SamNino}/self-assessment/{ThisYear}/trigger/in-year", trigger.RequestMessage.Path);
        Assert.Equal($"Bearer {HmrcStubs.AccessToken}", trigger.RequestMessage.Headers!["Authorization"].Single());

        var waiting = await staff.GetStringAsync(showPath);
        Assert.Contains("HMRC is working out Sam Client&#x27;s calculation", waiting);
        Assert.Contains($"data-status-url=\"{showPath}/status\"", waiting);
        Assert.Contains("\"state\":\"pending\"", await staff.GetStringAsync(showPath + "/status"));

        _app.Hmrc.CalculationAnswers(ThisYear, 200, SampleCalculation(ThisYear));
        Assert.Contains("\"state\":\"ready\"", await staff.GetStringAsync(showPath + "/status"));
        var page = await staff.GetStringAsync(showPath);

        Assert.Contains($"Sam Client&#x27;s tax calculation for {ThisYear}", page);
        Assert.Contains("£3,660.80", page);
        Assert.Contains($"href=\"/clients/{clientId}/businesses\"", page);
        Assert.DoesNotContain("/dashboard", page);
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();
        Assert.True(await db.AuditEvents.AnyAsync(audit => audit.Kind == AuditEventKind.CalculationRequested
            && audit.ActorUserId == practice.UserId && audit.Detail!.Contains(clientId.ToString())));
        Assert.True(_app.Logs.Contains("ClientCalculationRequested"));
    }

    [Fact]
    public async Task Businesses_page_links_main_agent_to_calculation()
    {
        var (practice, clientId) = await ClientAsync(AgentType.Main, ClientRelationshipStatus.Authorised);
        _app.Hmrc.BusinessesListed(SamNino);
        _app.Hmrc.ObligationsListed(ThisYear);
        using var staff = practice.SignIn(_app);

        var page = await staff.GetStringAsync($"/clients/{clientId}/businesses");

        Assert.Contains($"href=\"/clients/{clientId}/calculations/new?taxYear={ThisYear}\"", page);
        Assert.Contains($"See the client&#x27;s tax calculation for {ThisYear}", page);
    }

    [Fact]
    public async Task Tampered_calculation_id_not_found()
    {
        var (practice, clientId) = await ClientAsync(AgentType.Main, ClientRelationshipStatus.Authorised);
        using var staff = practice.SignIn(_app);
        _app.Hmrc.CalculationAnswers(ThisYear, 404, new { code = MatchingResourceNotFound, message = "Matching resource not found" });

        var response = await staff.GetAsync($"/clients/{clientId}/calculations/{ThisYear}/{SampleCalculationId}");
        var status = await staff.GetStringAsync($"/clients/{clientId}/calculations/{ThisYear}/{SampleCalculationId}/status");
        var malformed = await staff.GetAsync($"/clients/{clientId}/calculations/{ThisYear}/not-an-id");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("We could not find that calculation", page);
        Assert.Contains($"href=\"/clients/{clientId}/calculations/new\"", page);
        Assert.Contains("\"state\":\"failed\"", status);
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
    }

    [Fact]
    public async Task Calculation_of_other_client_not_awaited()
    {
        var practice = await TestPractice.CreateAsync(_app,
        [
            new NewAgentClient("Sam Client", SamNino, "TF3 4NT", AgentType.Main),
            new NewAgentClient("Other Client", OtherNino, "BN12 4XL", AgentType.Main),
        ]);
        await practice.SetStatusAsync(_app, practice.ClientIds[0], ClientRelationshipStatus.Authorised);
        await practice.SetStatusAsync(_app, practice.ClientIds[1], ClientRelationshipStatus.Authorised);
        using var staff = practice.SignIn(_app);
        _app.Hmrc.CalculationTriggered(ThisYear);
        _app.Hmrc.CalculationAnswers(ThisYear, 404, new { code = MatchingResourceNotFound, message = "Matching resource not found" }, OtherNino);
        Assert.Equal(HttpStatusCode.Redirect, (await RequestAsync(staff, practice.ClientIds[0], ThisYear.Value)).StatusCode);

        var response = await staff.GetAsync($"/clients/{practice.ClientIds[1]}/calculations/{ThisYear}/{SampleCalculationId}");
        var status = await staff.GetStringAsync($"/clients/{practice.ClientIds[1]}/calculations/{ThisYear}/{SampleCalculationId}/status");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("\"state\":\"failed\"", status);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Supporting_agent_kept_out_on_every_route(string method, string path)
    {
        var (practice, clientId) = await ClientAsync(AgentType.Supporting, ClientRelationshipStatus.Authorised);
        using var staff = practice.SignIn(_app);
        var callsBefore = _app.Hmrc.LogEntries.Count;

        var response = await SendAsync(staff, method, $"/clients/{clientId}/calculations" + path.Replace("{year}", ThisYear.Value, StringComparison.Ordinal));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("A supporting agent cannot use the calculations", page);
        Assert.Equal(callsBefore, _app.Hmrc.LogEntries.Count);
        Assert.True(_app.Logs.Contains("SupportingAgentKeptOut"));
    }

    [Fact]
    public async Task Unauthorised_supporting_agent_sent_to_client()
    {
        var (practice, clientId) = await ClientAsync(AgentType.Supporting, ClientRelationshipStatus.NotRequested);
        using var staff = practice.SignIn(_app);

        var response = await staff.GetAsync($"/clients/{clientId}/calculations/new");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("A supporting agent cannot use the calculations", page);
        Assert.Contains($"href=\"/clients/{clientId}\"", page);
        Assert.DoesNotContain($"href=\"/clients/{clientId}/businesses\"", page);
        Assert.DoesNotContain("Your practice is Sam Client's supporting agent", AgentPages.Text(page));
    }

    [Fact]
    public async Task Authorised_supporting_agent_led_back_to_businesses()
    {
        var (practice, clientId) = await ClientAsync(AgentType.Supporting, ClientRelationshipStatus.Authorised);
        using var staff = practice.SignIn(_app);

        var page = await (await staff.GetAsync($"/clients/{clientId}/calculations/new")).Content.ReadAsStringAsync();

        Assert.Contains($"href=\"/clients/{clientId}/businesses\"", page);
        Assert.Contains("Your practice is Sam Client's supporting agent", AgentPages.Text(page));
    }

    [Theory]
    [InlineData("GET", "/new")]
    [InlineData("POST", "")]
    public async Task Pending_client_told_next_step(string method, string path)
    {
        var (practice, clientId) = await ClientAsync(AgentType.Main, ClientRelationshipStatus.Pending);
        using var staff = practice.SignIn(_app);

        var response = await SendAsync(staff, method, $"/clients/{clientId}/calculations{path}");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("You cannot act for this client yet", page);
        Assert.DoesNotContain(_app.Hmrc.LogEntries, entry => entry.RequestMessage.Path.Contains(SamNino, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Other_practice_client_not_found(string method, string path)
    {
        var (_, clientId) = await ClientAsync(AgentType.Main, ClientRelationshipStatus.Authorised);
        var (otherPractice, _) = await ClientAsync(AgentType.Main, ClientRelationshipStatus.Authorised);
        using var otherStaff = otherPractice.SignIn(_app);

        var response = await SendAsync(otherStaff, method, $"/clients/{clientId}/calculations" + path.Replace("{year}", ThisYear.Value, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Client not found</h1>", await response.Content.ReadAsStringAsync());
        Assert.Empty(_app.Hmrc.LogEntries);
    }

    [Fact]
    public async Task Hmrc_refusal_sets_needs_attention()
    {
        var (practice, clientId) = await ClientAsync(AgentType.Main, ClientRelationshipStatus.Authorised);
        using var staff = practice.SignIn(_app);
        _app.Hmrc.CalculationTriggerAnswers(ThisYear, 403, new { code = "CLIENT_OR_AGENT_NOT_AUTHORISED", message = "The client or agent is not authorised" });

        var response = await RequestAsync(staff, clientId, ThisYear.Value);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("HMRC did not let your practice act for this client", page);
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();
        var client = await db.AgentClients.SingleAsync(row => row.Id == clientId);
        Assert.Equal(ClientRelationshipStatus.NeedsAttention, client.Status);
        Assert.Equal(ClientNotAuthorisedViewModel.HmrcRefusedReason, client.StatusReason);
        Assert.True(await db.AuditEvents.AnyAsync(audit => audit.Kind == AuditEventKind.ClientStatusChanged
            && audit.ActorUserId == practice.UserId && audit.Detail!.Contains("Authorised to NeedsAttention")));
        Assert.False(await db.AuditEvents.AnyAsync(audit => audit.Kind == AuditEventKind.CalculationRequested));
    }

    /// <summary>Sends the request; a POST carries the antiforgery token of the client list, as any page's form would.</summary>
    private static async Task<HttpResponseMessage> SendAsync(HttpClient staff, string method, string path) =>
        method == "POST"
            ? await AgentPages.PostFormAsync(staff, "/clients", path, new Dictionary<string, string> { ["taxYear"] = "2025-26" })
            : await staff.GetAsync(path);

    private static Task<HttpResponseMessage> RequestAsync(HttpClient staff, Guid clientId, string taxYear) =>
        AgentPages.PostFormAsync(
            staff,
            $"/clients/{clientId}/calculations/new",
            $"/clients/{clientId}/calculations",
            new Dictionary<string, string> { ["taxYear"] = taxYear });

    private Task<(TestPractice Practice, Guid ClientId)> ClientAsync(AgentType agentType, ClientRelationshipStatus status) =>
        TestPractice.WithClientAsync(_app, agentType, status, SamNino);
}
