using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MtdIncomeTax.Data;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Hmrc;
using MtdIncomeTax.IntegrationTests.Infrastructure;
using MtdIncomeTax.Web.Agents.Acting;
using static MtdIncomeTax.IntegrationTests.Infrastructure.IncomeTaxStubs;

namespace MtdIncomeTax.IntegrationTests.Agents;

/// <summary>Staff acting for a client: the client's businesses and obligations through the practice's grant.</summary>
public sealed class ClientBusinessesTests : IAsyncLifetime
{
    private const string RefusedNino = "AB123456C";
    private readonly AppFactory _app = new() { Settings = new Dictionary<string, string> { ["Agents:CheckAll:Enabled"] = "false" } };

    private TaxYear LastYear => TaxYear.Containing(DateOnly.FromDateTime(_app.Time.GetUtcNow().UtcDateTime)).Previous;

    public Task InitializeAsync()
    {
        _app.Hmrc.BusinessesListed(SamNino);
        _app.Hmrc.ObligationsListed(LastYear);
        _app.Hmrc.BusinessesForbidden(RefusedNino);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Main_agent_sees_businesses_and_obligations()
    {
        var (practice, clientId) = await ClientAsync(AgentType.Main, ClientRelationshipStatus.Authorised);
        using var staff = practice.SignIn(_app);

        var response = await staff.GetAsync($"/clients/{clientId}/businesses?taxYear={LastYear}");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sam&#x27;s Plastering", page);
        Assert.Contains($"Showing the {LastYear} tax year", page);
        Assert.Contains("tag-fulfilled", page);
        Assert.Contains("Main agent", page);
        Assert.DoesNotContain("Send update", page);
        Assert.DoesNotContain("/updates/new", page);
        var businessCall = Assert.Single(_app.Hmrc.LogEntries, entry => entry.RequestMessage.Path == $"/individuals/business/details/{SamNino}/list");
        Assert.Equal($"Bearer {HmrcStubs.AccessToken}", businessCall.RequestMessage.Headers!["Authorization"].Single());
    }

    [Fact]
    public async Task Supporting_agent_sees_no_calculation_link()
    {
        var (practice, clientId) = await ClientAsync(AgentType.Supporting, ClientRelationshipStatus.Authorised);
        using var staff = practice.SignIn(_app);

        var page = await staff.GetStringAsync($"/clients/{clientId}/businesses?taxYear={LastYear}");

        Assert.Contains("Sam&#x27;s Plastering", page);
        Assert.Contains("Supporting agent", page);
        Assert.Contains("Only the client's main agent, or the client, can see their tax calculations", page);
        Assert.DoesNotContain("calculations", page.Replace("tax calculations", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("calculations/new", "calculations")]
    [InlineData("final-declaration", "final declaration")]
    public async Task Supporting_agent_kept_out_without_hmrc_call(string path, string feature)
    {
        var (practice, clientId) = await ClientAsync(AgentType.Supporting, ClientRelationshipStatus.Authorised);
        using var staff = practice.SignIn(_app);
        var callsBefore = _app.Hmrc.LogEntries.Count;

        var response = await staff.GetAsync($"/clients/{clientId}/{path}");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains($"A supporting agent cannot use the {feature}", page);
        Assert.Equal(callsBefore, _app.Hmrc.LogEntries.Count);
    }

    [Fact]
    public async Task Hmrc_refusal_sets_needs_attention()
    {
        var (practice, clientId) = await ClientAsync(AgentType.Main, ClientRelationshipStatus.Authorised, RefusedNino);
        using var staff = practice.SignIn(_app);

        var response = await staff.GetAsync($"/clients/{clientId}/businesses");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("HMRC did not let your practice act for this client", page);
        Assert.Contains("HMRC says your practice is not authorised for this client&#x27;s Income Tax", page);
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();
        var client = await db.AgentClients.SingleAsync(row => row.Id == clientId);
        Assert.Equal(ClientRelationshipStatus.NeedsAttention, client.Status);
        Assert.Equal(ClientNotAuthorisedViewModel.HmrcRefusedReason, client.StatusReason);
        Assert.True(await db.AuditEvents.AnyAsync(audit => audit.Kind == AuditEventKind.ClientStatusChanged
            && audit.ActorUserId == practice.UserId && audit.Detail!.Contains("Authorised to NeedsAttention")));
        Assert.True(_app.Logs.Contains("ClientNotAuthorisedByHmrc"));
    }

    [Fact]
    public async Task Pending_client_told_next_step()
    {
        var (practice, clientId) = await ClientAsync(AgentType.Main, ClientRelationshipStatus.Pending, "AC123456D");
        using var staff = practice.SignIn(_app);

        var response = await staff.GetAsync($"/clients/{clientId}/businesses");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("You cannot act for this client yet", page);
        Assert.Contains("The client has not accepted your authorisation request yet", page);
        Assert.DoesNotContain(_app.Hmrc.LogEntries, entry => entry.RequestMessage.Path.Contains("AC123456D", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", AgentType.Main)]
    [InlineData("/businesses", AgentType.Main)]
    [InlineData("/calculations", AgentType.Supporting)]
    [InlineData("/calculations/new", AgentType.Supporting)]
    [InlineData("/final-declaration", AgentType.Supporting)]
    [InlineData("/details", AgentType.Main)]
    [InlineData("/remove", AgentType.Main)]
    public async Task Other_practice_client_not_found(string path, AgentType agentType)
    {
        var (_, clientId) = await ClientAsync(agentType, ClientRelationshipStatus.Authorised);
        var (otherPractice, _) = await ClientAsync(agentType, ClientRelationshipStatus.Authorised);
        using var otherStaff = otherPractice.SignIn(_app);

        var response = await otherStaff.GetAsync($"/clients/{clientId}{path}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Client not found</h1>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Business_user_cannot_act_for_clients()
    {
        var (_, clientId) = await ClientAsync(AgentType.Main, ClientRelationshipStatus.Authorised);
        using var business = _app.CreateClientFor("business-" + Guid.NewGuid().ToString("N"));

        var response = await business.GetAsync($"/clients/{clientId}/businesses");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private Task<(TestPractice Practice, Guid ClientId)> ClientAsync(
        AgentType agentType, ClientRelationshipStatus status, string nino = SamNino) =>
        TestPractice.WithClientAsync(_app, agentType, status, nino);
}
