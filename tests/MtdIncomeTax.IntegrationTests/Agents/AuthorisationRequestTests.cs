using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MtdIncomeTax.Data;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.IntegrationTests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace MtdIncomeTax.IntegrationTests.Agents;

/// <summary>The authorisation actions on a client's page, against a stubbed Agent Authorisation API.</summary>
public sealed class AuthorisationRequestTests(AppFactory app) : IClassFixture<AppFactory>, IDisposable
{
    private const string InvitationsPath = "/agents/AARN1234567/invitations";
    private readonly string _practice = "practice-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Request_shows_link_and_expiry()
    {
        var (client, id) = await LinkedPracticeWithClientAsync("supporting");
        app.Hmrc.InvitationCreated();
        app.Hmrc.InvitationRead("Pending");

        var response = await PostAsync(client, id, "request");
        var page = await AgentPages.FollowAsync(client, response);

        Assert.Contains("The request was sent", AgentPages.Text(page));
        Assert.Contains($"value=\"{AgentStubs.ClientActionUrl}\"", page);
        Assert.Contains("Pending, expires 25 December 2026", AgentPages.Text(page));
        var create = Assert.Single(app.Hmrc.LogEntries, entry => entry.RequestMessage.Method == "POST");
        Assert.Contains("\"clientId\":\"AA123456A\"", create.RequestMessage.Body);
        Assert.Contains("\"knownFact\":\"TF3 4NT\"", create.RequestMessage.Body);
        Assert.Contains("\"agentType\":\"supporting\"", create.RequestMessage.Body);
        var stored = await ClientAsync(id);
        Assert.Equal(ClientRelationshipStatus.Pending, stored.Status);
        Assert.Equal(AgentStubs.InvitationId, stored.InvitationId);
    }

    [Fact]
    public async Task Duplicate_adopts_existing_request()
    {
        var (client, id) = await LinkedPracticeWithClientAsync();
        app.Hmrc.InvitationDuplicate("EXISTING12345");
        app.Hmrc.InvitationRead("Pending", invitationId: "EXISTING12345");

        var page = await AgentPages.FollowAsync(client, await PostAsync(client, id, "request"));

        Assert.Contains("HMRC already had a pending request for this client", AgentPages.Text(page));
        Assert.Contains(AgentStubs.ClientActionUrl, page);
        Assert.Equal("EXISTING12345", (await ClientAsync(id)).InvitationId);
    }

    [Fact]
    public async Task Already_authorised_is_confirmed_by_relationship_check()
    {
        var (client, id) = await LinkedPracticeWithClientAsync();
        app.Hmrc.AgentCallFails("POST", InvitationsPath, 403, "ALREADY_AUTHORISED");
        app.Hmrc.RelationshipChecked(active: true);

        var page = AgentPages.Text(await AgentPages.FollowAsync(client, await PostAsync(client, id, "request")));

        Assert.Contains("already authorised for this client, and a relationship check confirms it", page);
        Assert.Equal(ClientRelationshipStatus.Authorised, (await ClientAsync(id)).Status);
    }

    [Theory]
    [InlineData("POSTCODE_DOES_NOT_MATCH", "The postcode does not match HMRC's records")]
    [InlineData("CLIENT_REGISTRATION_NOT_FOUND", "The client has not signed up to Making Tax Digital for Income Tax")]
    public async Task Client_error_shows_guidance_and_needs_attention(string code, string title)
    {
        var (client, id) = await LinkedPracticeWithClientAsync();
        app.Hmrc.AgentCallFails("POST", InvitationsPath, 403, code);

        var response = await PostAsync(client, id, "request");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = AgentPages.Text(await response.Content.ReadAsStringAsync());
        Assert.Contains(title, page);
        Assert.Contains("Needs attention", page);
        Assert.Contains(HmrcStubs.CorrelationId, page);
        Assert.Equal(ClientRelationshipStatus.NeedsAttention, (await ClientAsync(id)).Status);
        Assert.True(app.Logs.Contains(code));
        Assert.True(await AuditedAsync($"HMRC 403 {code}"));
    }

    [Fact]
    public async Task Not_signed_up_links_to_GOV_UK()
    {
        var (client, id) = await LinkedPracticeWithClientAsync();
        app.Hmrc.AgentCallFails("POST", InvitationsPath, 403, "CLIENT_REGISTRATION_NOT_FOUND");

        var page = await (await PostAsync(client, id, "request")).Content.ReadAsStringAsync();

        Assert.Contains("href=\"https://www.gov.uk/guidance/sign-up-your-client-for-making-tax-digital-for-income-tax\"", page);
    }

    [Theory]
    [InlineData("NOT_AN_AGENT")]
    [InlineData("AGENT_NOT_SUBSCRIBED")]
    [InlineData("NO_PERMISSION_ON_AGENCY")]
    public async Task Practice_error_points_to_practice_link(string code)
    {
        var (client, id) = await LinkedPracticeWithClientAsync();
        app.Hmrc.AgentCallFails("POST", InvitationsPath, 403, code);

        var page = await (await PostAsync(client, id, "request")).Content.ReadAsStringAsync();

        Assert.Contains("There is a problem with your practice", AgentPages.Text(page));
        Assert.Contains("href=\"/practice/connect\"", page);
        Assert.Equal(ClientRelationshipStatus.NotRequested, (await ClientAsync(id)).Status);
    }

    [Fact]
    public async Task Unknown_outcome_adopts_listed_request()
    {
        var (client, id) = await LinkedPracticeWithClientAsync();
        app.Hmrc.AgentCallFails("POST", InvitationsPath, 500, "INTERNAL_SERVER_ERROR");

        var first = await PostAsync(client, id, "request");

        Assert.Contains("We do not know whether HMRC made the request", AgentPages.Text(await first.Content.ReadAsStringAsync()));
        app.Hmrc.Reset();
        app.Hmrc.InvitationsListed(invitations: AgentStubs.Invitation("Pending", invitationId: "FOUND1234567", created: DateTime.UtcNow));
        app.Hmrc.InvitationRead("Pending", invitationId: "FOUND1234567");

        var second = await AgentPages.FollowAsync(client, await PostAsync(client, id, "request"));

        Assert.Contains(AgentStubs.ClientActionUrl, second);
        Assert.DoesNotContain(app.Hmrc.LogEntries, entry => entry.RequestMessage.Method == "POST");
        Assert.Equal("FOUND1234567", (await ClientAsync(id)).InvitationId);
    }

    [Fact]
    public async Task Unknown_outcome_with_nothing_listed_creates_again()
    {
        var (client, id) = await LinkedPracticeWithClientAsync();
        app.Hmrc.AgentCallFails("POST", InvitationsPath, 500, "INTERNAL_SERVER_ERROR");
        await PostAsync(client, id, "request");
        app.Hmrc.Reset();
        app.Hmrc.InvitationsListed(invitations: AgentStubs.Invitation("Pending", invitationId: "OLD123456789", created: DateTime.UtcNow.AddDays(-2)));
        app.Hmrc.InvitationCreated();
        app.Hmrc.InvitationRead("Pending");

        await AgentPages.FollowAsync(client, await PostAsync(client, id, "request"));

        Assert.Single(app.Hmrc.LogEntries, entry => entry.RequestMessage.Method == "POST");
        Assert.Equal(AgentStubs.InvitationId, (await ClientAsync(id)).InvitationId);
    }

    [Fact]
    public async Task Check_status_shows_authorised()
    {
        var (client, id) = await PendingClientAsync();
        app.Hmrc.InvitationRead("Accepted");
        app.Hmrc.RelationshipChecked(active: true);

        var page = AgentPages.Text(await AgentPages.FollowAsync(client, await PostAsync(client, id, "check")));

        Assert.Contains("Status: authorised", page);
        Assert.Equal(ClientRelationshipStatus.Authorised, (await ClientAsync(id)).Status);
    }

    [Fact]
    public async Task Rejected_request_may_be_requested_again()
    {
        var (client, id) = await PendingClientAsync();
        app.Hmrc.InvitationRead("Rejected");

        var page = AgentPages.Text(await AgentPages.FollowAsync(client, await PostAsync(client, id, "check")));

        Assert.Contains("Status: rejected", page);
        Assert.Contains("Request authorisation again", page);
    }

    [Fact]
    public async Task Cancel_sets_cancelled()
    {
        var (client, id) = await PendingClientAsync();
        app.Hmrc.Given(Request.Create().WithPath($"{InvitationsPath}/{AgentStubs.InvitationId}").UsingDelete())
            .RespondWith(Response.Create().WithStatusCode(204));

        var page = AgentPages.Text(await AgentPages.FollowAsync(client, await PostAsync(client, id, "cancel")));

        Assert.Contains("The request was cancelled", page);
        Assert.Contains("Request authorisation again", page);
        Assert.Equal(ClientRelationshipStatus.Cancelled, (await ClientAsync(id)).Status);
    }

    [Fact]
    public async Task Cancel_of_answered_request_explains()
    {
        var (client, id) = await PendingClientAsync();
        app.Hmrc.AgentCallFails("DELETE", $"{InvitationsPath}/{AgentStubs.InvitationId}", 403, "INVALID_INVITATION_STATUS");
        app.Hmrc.InvitationRead("Rejected");

        var response = await PostAsync(client, id, "cancel");

        Assert.Contains("The request is no longer pending", AgentPages.Text(await response.Content.ReadAsStringAsync()));
        Assert.Equal(ClientRelationshipStatus.Rejected, (await ClientAsync(id)).Status);
    }

    [Fact]
    public async Task Deauthorise_asks_first_then_ends()
    {
        var (client, id) = await LinkedPracticeWithClientAsync();
        await SetStatusAsync(id, ClientRelationshipStatus.Authorised);
        app.Hmrc.Given(Request.Create().WithPath("/agents/AARN1234567/deauthorise-client").UsingPut())
            .RespondWith(Response.Create().WithStatusCode(204));

        var confirm = AgentPages.Text(await client.GetStringAsync($"/clients/{id}/deauthorise"));
        var page = AgentPages.Text(await AgentPages.FollowAsync(client, await PostAsync(client, id, "deauthorise")));

        Assert.Contains("End your authorisation for Sam Smith?", confirm);
        Assert.Contains("Your authorisation for this client has ended", page);
        Assert.Equal(ClientRelationshipStatus.Deauthorised, (await ClientAsync(id)).Status);
        var put = Assert.Single(app.Hmrc.LogEntries, entry => entry.RequestMessage.Method == "PUT");
        Assert.Equal("application/vnd.hmrc.2.0+json", put.RequestMessage.Headers!["Accept"].Single());
    }

    [Theory]
    [InlineData(ClientRelationshipStatus.Authorised, true)]
    [InlineData(ClientRelationshipStatus.NeedsAttention, true)]
    [InlineData(ClientRelationshipStatus.NotRequested, false)]
    [InlineData(ClientRelationshipStatus.Rejected, false)]
    [InlineData(ClientRelationshipStatus.Expired, false)]
    [InlineData(ClientRelationshipStatus.Cancelled, false)]
    [InlineData(ClientRelationshipStatus.Deauthorised, false)]
    public async Task Deauthorise_offered_only_with_relationship(ClientRelationshipStatus status, bool offered)
    {
        var (client, id) = await LinkedPracticeWithClientAsync();
        await SetStatusAsync(id, status);

        var page = await client.GetStringAsync($"/clients/{id}");

        Assert.Equal(offered, page.Contains($"href=\"/clients/{id}/deauthorise\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ClientRelationshipStatus.NotRequested)]
    [InlineData(ClientRelationshipStatus.Rejected)]
    [InlineData(ClientRelationshipStatus.Deauthorised)]
    public async Task Deauthorise_without_authorisation_calls_nothing(ClientRelationshipStatus status)
    {
        var (client, id) = await LinkedPracticeWithClientAsync();
        await SetStatusAsync(id, status);

        var confirm = await client.GetAsync($"/clients/{id}/deauthorise");
        var page = AgentPages.Text(await AgentPages.FollowAsync(client, await PostAsync(client, id, "deauthorise")));

        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        Assert.Equal($"/clients/{id}", confirm.Headers.Location?.OriginalString);
        Assert.Contains("There is no authorisation to end", page);
        Assert.DoesNotContain(app.Hmrc.LogEntries, entry => entry.RequestMessage.Method == "PUT");
        Assert.Equal(status, (await ClientAsync(id)).Status);
    }

    [Fact]
    public async Task Deauthorise_without_relationship_explains()
    {
        var (client, id) = await LinkedPracticeWithClientAsync();
        await SetStatusAsync(id, ClientRelationshipStatus.Authorised);
        app.Hmrc.AgentCallFails("PUT", "/agents/AARN1234567/deauthorise-client", 403, "NO_RELATIONSHIP");
        app.Hmrc.RelationshipChecked(active: false);

        var response = await PostAsync(client, id, "deauthorise");

        Assert.Contains("You are not authorised for this client", AgentPages.Text(await response.Content.ReadAsStringAsync()));
        Assert.Equal(ClientRelationshipStatus.Deauthorised, (await ClientAsync(id)).Status);
    }

    [Fact]
    public async Task Unavailable_HMRC_changes_nothing()
    {
        var (client, id) = await LinkedPracticeWithClientAsync();
        app.Hmrc.AgentCallFails("POST", "/agents/AARN1234567/relationships", 503, "SERVICE_UNAVAILABLE");

        var response = await PostAsync(client, id, "check");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Nothing you entered has been lost", AgentPages.Text(await response.Content.ReadAsStringAsync()));
        Assert.Equal(ClientRelationshipStatus.NotRequested, (await ClientAsync(id)).Status);
    }

    // The Agent Authorisation API returns 401 UNAUTHORIZED for a rejected token, not the
    // platform's INVALID_CREDENTIALS, so an expired access token must still be refreshed.
    [Fact]
    public async Task Unauthorized_agent_call_refreshes_token()
    {
        var (client, id) = await LinkedPracticeWithClientAsync();
        app.Hmrc.Given(Request.Create().WithPath("/agents/AARN1234567/relationships").UsingPost()
                .WithHeader("Authorization", "Bearer access-refreshed-0002"))
            .RespondWith(Response.Create().WithStatusCode(204));
        app.Hmrc.Given(Request.Create().WithPath("/agents/AARN1234567/relationships").UsingPost())
            .AtPriority(100)
            .RespondWith(Response.Create().WithStatusCode(401).WithHeader("Content-Type", "application/json")
                .WithBodyAsJson(new { code = "UNAUTHORIZED", message = "Bearer token is missing or not authorized" }));
        app.Hmrc.TokenEndpointIssues("access-refreshed-0002", "refresh-refreshed-0002");

        var page = AgentPages.Text(await AgentPages.FollowAsync(client, await PostAsync(client, id, "check")));

        Assert.Contains("Status: authorised", page);
        Assert.Single(app.Hmrc.TokenRequests());
        Assert.Equal(ClientRelationshipStatus.Authorised, (await ClientAsync(id)).Status);
    }

    [Fact]
    public async Task Rate_limit_shows_guidance()
    {
        var (client, id) = await LinkedPracticeWithClientAsync();
        app.Hmrc.AgentCallFails("POST", InvitationsPath, 429, "MESSAGE_THROTTLED_OUT");

        var response = await PostAsync(client, id, "request");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True(app.Logs.Contains("MESSAGE_THROTTLED_OUT"));
        Assert.Equal(ClientRelationshipStatus.NotRequested, (await ClientAsync(id)).Status);
    }

    [Fact]
    public async Task Unlinked_practice_is_asked_to_link()
    {
        using var client = app.CreateClientFor("alex-" + _practice, "agent", _practice);
        await AgentPages.SeedClientAsync(client, "Sam Smith", "AA123456A", "TF3 4NT");
        var id = (await ClientByNinoAsync("AA123456A")).Id;

        var response = await PostAsync(client, id, "request");

        Assert.Contains("Your practice is not linked to HMRC", AgentPages.Text(await response.Content.ReadAsStringAsync()));
        Assert.Empty(app.Hmrc.LogEntries);
    }

    [Theory]
    [InlineData("request")]
    [InlineData("check")]
    [InlineData("cancel")]
    [InlineData("deauthorise")]
    public async Task Other_practice_client_is_not_found(string action)
    {
        var (_, id) = await LinkedPracticeWithClientAsync();
        using var stranger = app.CreateClientFor("robin-" + _practice, "agent", "other-" + _practice);

        var response = await AgentPages.PostFormAsync(stranger, "/clients", $"/clients/{id}/{action}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(app.Hmrc.LogEntries, entry => entry.RequestMessage.Path.StartsWith("/agents", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Action_without_antiforgery_token_is_rejected()
    {
        var (client, id) = await LinkedPracticeWithClientAsync();

        var response = await client.PostAsync($"/clients/{id}/request", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(app.Hmrc.LogEntries);
    }

    public void Dispose() => app.Hmrc.Reset();

    private async Task<(HttpClient Client, Guid Id)> LinkedPracticeWithClientAsync(string agentType = "main")
    {
        app.Hmrc.TokenEndpointIssues();
        app.Hmrc.InvitationsListed();
        var client = app.CreateClientFor("alex-" + _practice, "agent", _practice);
        var start = await AgentPages.PostFormAsync(client, "/practice/connect", "/practice/connect", new() { ["arn"] = AgentStubs.Arn });
        var state = QueryHelpers.ParseQuery(start.Headers.Location!.Query)["state"];
        var callback = await client.GetAsync($"/hmrc/callback?code=code-1&state={state}");
        Assert.Equal("/practice", callback.Headers.Location?.OriginalString);
        await client.GetStringAsync("/practice");

        await AgentPages.SeedClientAsync(client, "Sam Smith", "AA123456A", "TF3 4NT", agentType);
        app.Hmrc.Reset();
        return (client, (await ClientByNinoAsync("AA123456A")).Id);
    }

    private async Task<(HttpClient Client, Guid Id)> PendingClientAsync()
    {
        var (client, id) = await LinkedPracticeWithClientAsync();
        app.Hmrc.InvitationCreated();
        app.Hmrc.InvitationRead("Pending");
        await AgentPages.FollowAsync(client, await PostAsync(client, id, "request"));
        app.Hmrc.Reset();
        return (client, id);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, Guid id, string action) =>
        AgentPages.PostFormAsync(client, $"/clients/{id}", $"/clients/{id}/{action}");

    private Task<AgentClient> ClientAsync(Guid id) => QueryAsync(db => db.AgentClients.AsNoTracking().SingleAsync(row => row.Id == id));

    private Task<AgentClient> ClientByNinoAsync(string nino) =>
        QueryAsync(db => db.AgentClients.AsNoTracking().SingleAsync(row => row.Nino == nino && row.Practice!.ExternalId == _practice));

    private Task<bool> AuditedAsync(string detail) =>
        QueryAsync(db => db.AuditEvents.AnyAsync(audit => audit.Detail!.Contains(detail) && audit.CorrelationId == HmrcStubs.CorrelationId));

    private Task<int> SetStatusAsync(Guid id, ClientRelationshipStatus status) =>
        QueryAsync(db => db.AgentClients.Where(row => row.Id == id).ExecuteUpdateAsync(update => update.SetProperty(row => row.Status, status)));

    private async Task<T> QueryAsync<T>(Func<MtdIncomeTaxDbContext, Task<T>> query)
    {
        using var scope = app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>());
    }
}
