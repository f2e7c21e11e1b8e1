using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MtdIncomeTax.Data;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.Data.Stores.Agents;
using MtdIncomeTax.Hmrc.OAuth;
using MtdIncomeTax.IntegrationTests.Infrastructure;
using MtdIncomeTax.Web.Agents;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static MtdIncomeTax.IntegrationTests.Infrastructure.IncomeTaxStubs;

namespace MtdIncomeTax.IntegrationTests.Agents;

/// <summary>Refreshing one client's status from the Agent Authorisation API, against WireMock and a real database.</summary>
public sealed class AgentClientStatusServiceTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string InvitationId = "ABBBHTUNPWK3Q";

    private readonly string _arn = "TARN" + Random.Shared.Next(1_000_000, 9_999_999);

    [Fact]
    public async Task Pending_request_keeps_new_expiry()
    {
        var (practiceId, clientId) = await PracticeWithClientAsync(ClientRelationshipStatus.Pending);
        InvitationAnswers(200, Invitation("Pending", expiresOn: "2027-01-09"));

        var outcome = await RefreshAsync(practiceId, clientId);

        Assert.Equal(ClientRefreshResult.Unchanged, outcome.Result);
        Assert.Equal(ClientRelationshipStatus.Pending, outcome.Client!.Status);
        Assert.Equal(new DateTimeOffset(2027, 1, 9, 0, 0, 0, TimeSpan.Zero), outcome.Client.InvitationExpiresOn);
        Assert.NotNull(outcome.Client.LastCheckedAt);
    }

    [Theory]
    [InlineData("Rejected", ClientRelationshipStatus.Rejected)]
    [InlineData("Cancelled", ClientRelationshipStatus.Cancelled)]
    [InlineData("Expired", ClientRelationshipStatus.Expired)]
    [InlineData("Deauthorised", ClientRelationshipStatus.Deauthorised)]
    [InlineData("Partialauth", ClientRelationshipStatus.NeedsAttention)]
    public async Task Answered_request_sets_status(string hmrcStatus, ClientRelationshipStatus expected)
    {
        var (practiceId, clientId) = await PracticeWithClientAsync(ClientRelationshipStatus.Pending);
        InvitationAnswers(200, Invitation(hmrcStatus));

        var outcome = await RefreshAsync(practiceId, clientId);

        Assert.Equal(ClientRefreshResult.Changed, outcome.Result);
        Assert.Equal(expected, outcome.Client!.Status);
        Assert.True(await AuditedAsync(clientId, AuditEventKind.ClientStatusChanged));
    }

    [Fact]
    public async Task Accepted_request_confirmed_by_relationship()
    {
        var (practiceId, clientId) = await PracticeWithClientAsync(ClientRelationshipStatus.Pending);
        InvitationAnswers(200, Invitation("Accepted"));
        RelationshipAnswers(204);

        var outcome = await RefreshAsync(practiceId, clientId);

        Assert.Equal(ClientRelationshipStatus.Authorised, outcome.Client!.Status);
        var check = Assert.Single(RelationshipChecks());
        Assert.Contains("\"agentType\":\"supporting\"", check.RequestMessage.Body);
        Assert.Contains("\"knownFact\":\"TF3 4NT\"", check.RequestMessage.Body);
    }

    [Fact]
    public async Task Ended_relationship_becomes_deauthorised()
    {
        var (practiceId, clientId) = await PracticeWithClientAsync(ClientRelationshipStatus.Authorised);
        RelationshipAnswers(404, new { code = "RELATIONSHIP_NOT_FOUND", message = "Relationship is inactive. Agent is not authorised to act for this client." });

        var outcome = await RefreshAsync(practiceId, clientId);

        Assert.Equal(ClientRelationshipStatus.Deauthorised, outcome.Client!.Status);
        Assert.Equal(AgentClientStatusService.RelationshipEndedReason, outcome.Client.StatusReason);
    }

    [Fact]
    public async Task Unrequested_client_found_authorised()
    {
        var (practiceId, clientId) = await PracticeWithClientAsync(ClientRelationshipStatus.NotRequested);
        RelationshipAnswers(204);

        var outcome = await RefreshAsync(practiceId, clientId);

        Assert.Equal(ClientRelationshipStatus.Authorised, outcome.Client!.Status);
    }

    [Fact]
    public async Task Unrequested_client_without_relationship_unchanged()
    {
        var (practiceId, clientId) = await PracticeWithClientAsync(ClientRelationshipStatus.NotRequested);
        RelationshipAnswers(404, new { code = "RELATIONSHIP_NOT_FOUND", message = "Relationship is inactive." });

        var outcome = await RefreshAsync(practiceId, clientId);

        Assert.Equal(ClientRefreshResult.Unchanged, outcome.Result);
        Assert.Equal(ClientRelationshipStatus.NotRequested, outcome.Client!.Status);
        Assert.False(await AuditedAsync(clientId, AuditEventKind.ClientStatusChanged));
    }

    [Fact]
    public async Task Wrong_postcode_needs_attention()
    {
        var (practiceId, clientId) = await PracticeWithClientAsync(ClientRelationshipStatus.Authorised);
        RelationshipAnswers(403, new { code = "POSTCODE_DOES_NOT_MATCH", message = "The postcode provided does not match HMRC's record for the client." });

        var outcome = await RefreshAsync(practiceId, clientId);

        Assert.Equal(ClientRelationshipStatus.NeedsAttention, outcome.Client!.Status);
        Assert.Equal(AgentClientStatusService.PostcodeMismatchReason, outcome.Client.StatusReason);
    }

    [Fact]
    public async Task Not_an_agent_refuses_practice()
    {
        var (practiceId, clientId) = await PracticeWithClientAsync(ClientRelationshipStatus.Authorised);
        RelationshipAnswers(403, new { code = "NOT_AN_AGENT", message = "This user does not have a Government Gateway agent account." });

        var outcome = await RefreshAsync(practiceId, clientId);

        Assert.Equal(ClientRefreshResult.PracticeRefused, outcome.Result);
        Assert.True(outcome.StopsOtherChecks);
        Assert.Equal(ClientRelationshipStatus.Authorised, await StoredStatusAsync(clientId));
    }

    [Fact]
    public async Task Hmrc_error_leaves_status()
    {
        var (practiceId, clientId) = await PracticeWithClientAsync(ClientRelationshipStatus.Pending);
        InvitationAnswers(400, new { code = "BAD_REQUEST", message = "Bad request" });

        var outcome = await RefreshAsync(practiceId, clientId);

        Assert.Equal(ClientRefreshResult.Failed, outcome.Result);
        Assert.False(outcome.StopsOtherChecks);
        Assert.Equal(ClientRelationshipStatus.Pending, await StoredStatusAsync(clientId));
    }

    [Fact]
    public async Task Unlinked_practice_asks_nothing()
    {
        var (practiceId, clientId) = await PracticeWithClientAsync(ClientRelationshipStatus.Authorised, linked: false);

        var outcome = await RefreshAsync(practiceId, clientId);

        Assert.Equal(ClientRefreshResult.PracticeNotLinked, outcome.Result);
        Assert.Empty(RelationshipChecks());
    }

    [Fact]
    public async Task Other_practice_client_not_found()
    {
        var (_, clientId) = await PracticeWithClientAsync(ClientRelationshipStatus.Authorised);
        var (otherPracticeId, _) = await PracticeWithClientAsync(ClientRelationshipStatus.Authorised);

        var outcome = await RefreshAsync(otherPracticeId, clientId);

        Assert.Equal(ClientRefreshResult.ClientNotFound, outcome.Result);
    }

    private static object Invitation(string status, string? expiresOn = null) => new
    {
        _links = new { self = new { href = $"/agents/TARN0000001/invitations/{InvitationId}" } },
        created = "2026-12-01T09:00:00.000Z",
        expiresOn,
        arn = "TARN0000001",
        service = "MTD-IT",
        status,
        agentType = "supporting",
        clientActionUrl = expiresOn is null ? null : $"https://www.tax.service.gov.uk/appoint-someone-to-deal-with-HMRC-for-you/{InvitationId}/taylor-and-co",
    };

    private void InvitationAnswers(int status, object body) =>
        Json(app.Hmrc, Request.Create().WithPath($"/agents/{_arn}/invitations/{InvitationId}").UsingGet(), status, body);

    private void RelationshipAnswers(int status, object? body = null)
    {
        if (body is not null)
        {
            Json(app.Hmrc, Request.Create().WithPath($"/agents/{_arn}/relationships").UsingPost(), status, body);
            return;
        }

        app.Hmrc.Given(Request.Create().WithPath($"/agents/{_arn}/relationships").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("X-CorrelationId", HmrcStubs.CorrelationId));
    }

    private List<WireMock.Logging.ILogEntry> RelationshipChecks() =>
        app.Hmrc.LogEntries.Where(entry => entry.RequestMessage.Path == $"/agents/{_arn}/relationships").ToList();

    private async Task<ClientRefreshOutcome> RefreshAsync(Guid practiceId, Guid clientId)
    {
        using var scope = app.Services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<AgentClientStatusService>();
        return await service.RefreshAsync(practiceId, clientId, CancellationToken.None);
    }

    private async Task<ClientRelationshipStatus> StoredStatusAsync(Guid clientId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();
        return await db.AgentClients.Where(client => client.Id == clientId).Select(client => client.Status).SingleAsync();
    }

    private async Task<bool> AuditedAsync(Guid clientId, AuditEventKind kind)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();
        var name = await db.AgentClients.Where(client => client.Id == clientId).Select(client => client.Name).SingleAsync();
        return await db.AuditEvents.AnyAsync(audit => audit.Kind == kind && audit.Detail!.StartsWith(name));
    }

    private async Task<(Guid PracticeId, Guid ClientId)> PracticeWithClientAsync(ClientRelationshipStatus status, bool linked = true)
    {
        var externalId = "practice-" + Guid.NewGuid().ToString("N");
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var user = await services.GetRequiredService<UserDirectory>()
            .RecordSignInAsync("staff-" + externalId, "Staff", null, "agent", CancellationToken.None);
        var practice = await services.GetRequiredService<AgentPracticeStore>()
            .RecordMembershipAsync(user.Id, externalId, "Practice", CancellationToken.None);
        if (linked)
        {
            var tokens = new HmrcTokenSet(HmrcStubs.AccessToken, HmrcStubs.RefreshToken, TimeSpan.FromHours(4), "read:check-relationship");
            await services.GetRequiredService<HmrcConnectionStore>().SaveGrantAsync(
                new NewGrant(user.Id, ConnectionKind.AgentPractice, "Sandbox", null, "read:check-relationship", tokens) { PracticeId = practice.Id, Arn = _arn },
                CancellationToken.None);
        }

        var clients = services.GetRequiredService<AgentClientStore>();
        var name = "Client " + Guid.NewGuid().ToString("N")[..8];
        await clients.AddAsync(practice.Id, [new NewAgentClient(name, "AA123456A", "TF3 4NT", AgentType.Supporting)], CancellationToken.None);
        var client = (await clients.FindByNinoAsync(practice.Id, "AA123456A", CancellationToken.None))!;
        await clients.UpdateAsync(practice.Id, client.Id, row =>
        {
            row.Status = status;
            row.InvitationId = status == ClientRelationshipStatus.Pending ? InvitationId : null;
            return true;
        }, CancellationToken.None);

        return (practice.Id, client.Id);
    }
}
