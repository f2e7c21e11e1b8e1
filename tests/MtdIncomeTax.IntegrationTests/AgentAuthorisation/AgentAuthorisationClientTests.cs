using System.Net;
using System.Net.Http.Headers;
using MtdIncomeTax.Hmrc.Api;
using MtdIncomeTax.Hmrc.Api.AgentAuthorisation;
using MtdIncomeTax.IntegrationTests.Resilience;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace MtdIncomeTax.IntegrationTests.AgentAuthorisation;

/// <summary>
/// The Agent Authorisation clients against a WireMock HMRC over real HTTP, through the pipeline the
/// app uses: responses that read as values, duplicates, retries and the Accept version.
/// </summary>
public sealed class AgentAuthorisationClientTests : IAsyncLifetime
{
    private const string InvitationsPath = "/agents/AARN1234567/invitations";
    private const string InvitationPath = InvitationsPath + "/CS5AK7O8FPC43";
    private const string CorrelationId = "3c8e1f0a-6b2d-4e79-a5c4-90d1e2f3a4b5";

    private readonly WireMockServer _hmrc = WireMockServer.Start();
    private PipelineHost _host = null!;

    public Task InitializeAsync()
    {
        _host = new PipelineHost(_hmrc.Url!);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Create_returns_id_from_Location()
    {
        _hmrc.Given(Request.Create().WithPath(InvitationsPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(204).WithHeader("Location", InvitationPath).WithHeader("X-CorrelationId", CorrelationId));

        var result = await CreateAsync(_host);

        Assert.True(result.Succeeded, result.Error?.Code);
        Assert.Equal("CS5AK7O8FPC43", result.Value.InvitationId);
        Assert.Equal(InvitationPath, result.Value.Location);
        Assert.Equal(HttpStatusCode.NoContent, result.StatusCode);
        var created = Assert.Single(_host.Logs.OfEvent(1401));
        Assert.Equal("CS5AK7O8FPC43", created.Properties["InvitationId"]);
        Assert.False(_host.Logs.Contain("AA123456A"));
        Assert.False(_host.Logs.Contain("SW1A 2AA"));
    }

    [Fact]
    public async Task Create_without_Location_is_invalid_response()
    {
        _hmrc.Given(Request.Create().WithPath(InvitationsPath).UsingPost()).RespondWith(Response.Create().WithStatusCode(204));

        var result = await CreateAsync(_host);

        Assert.False(result.Succeeded);
        Assert.Equal(HmrcApiError.InvalidResponse, result.Error.Code);
        Assert.True(result.Error.IsOurFault);
    }

    [Fact]
    public async Task Duplicate_exposes_existing_invitation()
    {
        _hmrc.Given(Request.Create().WithPath(InvitationsPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(403)
                .WithHeader("Location", "/agents/AARN1234567/invitations/BT5YMLY6GG2L6")
                .WithHeader("X-CorrelationId", CorrelationId)
                .WithBodyAsJson(new { code = "DUPLICATE_AUTHORISATION_REQUEST", message = "An authorisation request for this service has already been created." }));

        var result = await CreateAsync(_host);

        Assert.False(result.Succeeded);
        Assert.Equal(AgentAuthorisationClient.DuplicateAuthorisationRequest, result.Error.Code);
        Assert.Equal(HttpStatusCode.Forbidden, result.Error.StatusCode);
        Assert.Equal("BT5YMLY6GG2L6", result.Error.ExistingInvitationId);
        Assert.Equal("/agents/AARN1234567/invitations/BT5YMLY6GG2L6", result.Error.Location);
        Assert.False(result.Error.IsOurFault);
        Assert.Equal("BT5YMLY6GG2L6", Assert.Single(_host.Logs.OfEvent(1402)).Properties["ExistingInvitationId"]);
    }

    [Fact]
    public async Task Other_403_has_no_existing_invitation()
    {
        _hmrc.Given(Request.Create().WithPath(InvitationsPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(403)
                .WithBodyAsJson(new { code = "ALREADY_AUTHORISED", message = "The client has already authorised the agent for this service." }));

        var result = await CreateAsync(_host);

        Assert.Equal("ALREADY_AUTHORISED", result.Error!.Code);
        Assert.Null(result.Error.ExistingInvitationId);
    }

    [Fact]
    public async Task Dropped_create_is_outcome_unknown_and_sent_once()
    {
        _hmrc.Given(Request.Create().WithPath(InvitationsPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(204).WithHeader("Location", InvitationPath));
        await using var proxy = new DroppingProxy(new Uri(_hmrc.Url!));
        await using var host = new PipelineHost(proxy.Address);

        var result = await CreateAsync(host);

        Assert.False(result.Succeeded);
        Assert.True(result.OutcomeUnknown);
        Assert.Equal(HmrcApiError.OutcomeUnknown, result.Error.Code);
        Assert.Single(await SettledRequestsAsync(InvitationsPath, expected: 1));
        Assert.Empty(host.Logs.OfEvent(1200));
        Assert.Single(host.Logs.OfEvent(1102));
    }

    [Fact]
    public async Task Status_204_reads_as_empty_list()
    {
        _hmrc.Given(Request.Create().WithPath(InvitationsPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(204).WithHeader("X-CorrelationId", CorrelationId));

        var result = await _host.Client<AgentAuthorisationClient>().ListInvitationsAsync(_host.ConnectionId, AgentCall.Arn, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error?.Code);
        Assert.Empty(result.Value);
        Assert.Equal(HttpStatusCode.NoContent, result.StatusCode);
        Assert.Empty(_host.Logs.OfEvent(1105));
    }

    [Fact]
    public async Task List_reads_every_invitation()
    {
        _hmrc.Given(Request.Create().WithPath(InvitationsPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(
                """
                [
                  {"_links":{"self":{"href":"/agents/AARN1234567/invitations/CS5AK7O8FPC43"}},"created":"2026-11-30T09:15:00.000Z",
                   "expiresOn":"2026-12-21","arn":"AARN1234567","service":["MTD-IT"],"status":"Pending",
                   "clientActionUrl":"https://www.tax.service.gov.uk/appoint-someone/AARN1234567/income-tax","agentType":"supporting"},
                  {"_links":{"self":{"href":"/agents/AARN1234567/invitations/BT5YMLY6GG2L6"}},"created":"2026-11-01T10:00:00.000Z",
                   "updated":"2026-11-02T11:30:00.000Z","arn":"AARN1234567","service":["MTD-IT"],"status":"Softdeleted","agentType":"main"}
                ]
                """));

        var result = await _host.Client<AgentAuthorisationClient>().ListInvitationsAsync(_host.ConnectionId, AgentCall.Arn, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error?.Code);
        Assert.Equal(2, result.Value.Count);
        var pending = result.Value[0];
        Assert.Equal(InvitationStatus.Pending, pending.Status);
        Assert.Equal(AgentType.Supporting, pending.AgentType);
        Assert.Equal(new DateOnly(2026, 12, 21), pending.ExpiresOn);
        Assert.Equal("MTD-IT", pending.Service);
        var unknown = result.Value[1];
        Assert.Equal(InvitationStatus.Unknown, unknown.Status);
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 11, 30, 0, TimeSpan.Zero), unknown.Updated);
        Assert.Equal("BT5YMLY6GG2L6", Assert.Single(_host.Logs.OfEvent(1404)).Properties["InvitationId"]);
    }

    [Fact]
    public async Task Invitation_without_status_is_invalid()
    {
        _hmrc.Given(Request.Create().WithPath(InvitationPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(
                """{"_links":{"self":{"href":"/agents/AARN1234567/invitations/CS5AK7O8FPC43"}},"created":"2026-11-30T09:15:00","arn":"AARN1234567","service":"MTD-IT"}"""));

        var result = await _host.Client<AgentAuthorisationClient>().GetInvitationAsync(
            _host.ConnectionId, AgentCall.Arn, AgentCall.InvitationId, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(HmrcApiError.InvalidResponse, result.Error.Code);
        Assert.Contains("status", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_204_means_active_relationship()
    {
        _hmrc.Given(Request.Create().WithPath("/agents/AARN1234567/relationships").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(204));

        var result = await CheckAsync(_host);

        Assert.True(result.Succeeded, result.Error?.Code);
        Assert.Equal(RelationshipStatus.Active, result.Value.Status);
        Assert.True(result.Value.IsActive);
    }

    [Fact]
    public async Task Missing_relationship_is_NotFound()
    {
        _hmrc.Given(Request.Create().WithPath("/agents/AARN1234567/relationships").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(404).WithHeader("X-CorrelationId", CorrelationId)
                .WithBodyAsJson(new { code = "RELATIONSHIP_NOT_FOUND", message = "Relationship is inactive. Agent is not authorised to act for this client." }));

        var result = await CheckAsync(_host);

        Assert.True(result.Succeeded, result.Error?.Code);
        Assert.Equal(RelationshipStatus.NotFound, result.Value.Status);
        Assert.False(result.Value.IsActive);
        Assert.Equal(HttpStatusCode.NotFound, result.StatusCode);
        Assert.Equal(CorrelationId, result.CorrelationId);
        Assert.Single(_host.Logs.OfEvent(1403));
        Assert.Empty(_host.Logs.OfEvent(1100));
    }

    [Fact]
    public async Task Unknown_404_on_check_stays_an_error()
    {
        _hmrc.Given(Request.Create().WithPath("/agents/AARN1234567/relationships").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(404).WithBodyAsJson(new { code = "MATCHING_RESOURCE_NOT_FOUND", message = "Not found" }));

        var result = await CheckAsync(_host);

        Assert.False(result.Succeeded);
        Assert.Equal("MATCHING_RESOURCE_NOT_FOUND", result.Error.Code);
    }

    [Fact]
    public async Task Throttled_list_waits_then_succeeds()
    {
        _hmrc.Given(Request.Create().WithPath(InvitationsPath).UsingGet())
            .InScenario("list").WillSetStateTo("throttled once")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("X-CorrelationId", CorrelationId)
                .WithBodyAsJson(new { code = "MESSAGE_THROTTLED_OUT", message = "The request for the API is throttled as you have exceeded your quota." }));
        _hmrc.Given(Request.Create().WithPath(InvitationsPath).UsingGet())
            .InScenario("list").WhenStateIs("throttled once")
            .RespondWith(Response.Create().WithStatusCode(204));

        var result = await _host.Client<AgentAuthorisationClient>().ListInvitationsAsync(_host.ConnectionId, AgentCall.Arn, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error?.Code);
        var requests = Requests(InvitationsPath);
        Assert.Equal(2, requests.Count);
        var gap = requests[1].RequestMessage.DateTime - requests[0].RequestMessage.DateTime;
        Assert.True(gap >= TimeSpan.FromMilliseconds(980), $"retried after {gap}");
        Assert.Equal("429 MESSAGE_THROTTLED_OUT", Assert.Single(_host.Logs.OfEvent(1200)).Properties["Failure"]);
    }

    [Theory]
    [InlineData(null, "2.0")]
    [InlineData("2.0", "2.0")]
    [InlineData("1.0", "1.0")]
    public async Task Accept_carries_the_configured_version(string? configured, string expected)
    {
        await using var host = HostWithVersion(configured);
        _hmrc.Given(Request.Create().WithPath(InvitationsPath).UsingGet()).RespondWith(Response.Create().WithStatusCode(204));

        await host.Client<AgentAuthorisationClient>().ListInvitationsAsync(host.ConnectionId, AgentCall.Arn, CancellationToken.None);

        Assert.Equal($"application/vnd.hmrc.{expected}+json", AcceptOf(Assert.Single(Requests(InvitationsPath))));
    }

    [Theory]
    [InlineData("2.0")]
    [InlineData("1.0")]
    public async Task Deauthorise_always_asks_for_2_0(string configured)
    {
        await using var host = HostWithVersion(configured);
        _hmrc.Given(Request.Create().WithPath("/agents/AARN1234567/deauthorise-client").UsingPut()).RespondWith(Response.Create().WithStatusCode(204));

        var result = await host.Client<AgentAuthorisationClient>().DeauthoriseClientAsync(
            host.ConnectionId, AgentCall.Arn, AgentCall.Nino, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error?.Code);
        Assert.Equal("application/vnd.hmrc.2.0+json", AcceptOf(Assert.Single(Requests("/agents/AARN1234567/deauthorise-client"))));
    }

    [Fact]
    public async Task Test_support_accepts_without_a_token()
    {
        _hmrc.Given(Request.Create().WithPath("/agent-authorisation-test-support/invitations/CS5AK7O8FPC43").UsingPut())
            .RespondWith(Response.Create().WithStatusCode(204));

        var result = await _host.Client<AgentAuthorisationTestSupportClient>().AcceptInvitationAsync(AgentCall.InvitationId, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error?.Code);
        var request = Assert.Single(_hmrc.LogEntries).RequestMessage;
        Assert.False(request.Headers!.ContainsKey("Authorization"));
        Assert.Equal("application/vnd.hmrc.1.0+json", request.Headers["Accept"].Single());
        Assert.Equal("0", request.Headers["Content-Length"].Single());
    }

    [Fact]
    public async Task Answered_test_invitation_fails_with_409()
    {
        _hmrc.Given(Request.Create().WithPath("/agent-authorisation-test-support/invitations/CS5AK7O8FPC43").UsingDelete())
            .RespondWith(Response.Create().WithStatusCode(409));

        var result = await _host.Client<AgentAuthorisationTestSupportClient>().RejectInvitationAsync(AgentCall.InvitationId, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(HttpStatusCode.Conflict, result.Error.StatusCode);
    }

    [Fact]
    public async Task Known_facts_give_the_postcode()
    {
        _hmrc.Given(Request.Create().WithPath("/agent-authorisation-test-support/known-facts/mtd-it/nino/AA123456A").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(
                """{"service":["MTD-IT"],"clientType":"personal","clientIdType":"ni","clientId":"AA123456A","knownFact":"TF3 4ER"}"""));

        var result = await _host.Client<AgentAuthorisationTestSupportClient>().GetKnownFactsAsync(AgentCall.Nino, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error?.Code);
        Assert.Equal("TF3 4ER", result.Value.Postcode);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _hmrc.Stop();
        _hmrc.Dispose();
    }

    private static Task<HmrcApiResult<CreatedInvitation>> CreateAsync(PipelineHost host) =>
        host.Client<AgentAuthorisationClient>().CreateInvitationAsync(
            host.ConnectionId, AgentCall.Arn, new InvitationRequest(AgentCall.Nino, "sw1a 2aa", AgentType.Main), CancellationToken.None);

    private static Task<HmrcApiResult<RelationshipCheck>> CheckAsync(PipelineHost host) =>
        host.Client<AgentAuthorisationClient>().CheckRelationshipAsync(
            host.ConnectionId, AgentCall.Arn, AgentCall.Nino, "SW1A 2AA", AgentType.Main, CancellationToken.None);

    private PipelineHost HostWithVersion(string? version) =>
        new(_hmrc.Url!, version is null ? null : new Dictionary<string, string?> { ["Hmrc:Apis:AgentAuthorisation:Version"] = version });

    private static string AcceptOf(ILogEntry entry) =>
        MediaTypeHeaderValue.Parse(entry.RequestMessage.Headers!["Accept"].Single()).MediaType!;

    private List<ILogEntry> Requests(string path) => StubRequests.To(_hmrc, path);

    private Task<List<ILogEntry>> SettledRequestsAsync(string path, int expected) => StubRequests.SettledAsync(_hmrc, path, expected);
}
