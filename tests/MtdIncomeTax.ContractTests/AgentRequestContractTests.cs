using System.Text.Json.Nodes;
using MtdIncomeTax.ContractTests.Clients;
using MtdIncomeTax.ContractTests.Specs;
using MtdIncomeTax.Hmrc.Api.AgentAuthorisation;

namespace MtdIncomeTax.ContractTests;

/// <summary>
/// Each Agent Authorisation request matches its operation in HMRC's spec, for version 2.0 and for
/// 1.0 when that is configured. De-authorise exists in 2.0 only, so it is sent as 2.0 either way.
/// </summary>
public sealed class AgentRequestContractTests : IDisposable
{
    private const string BaseAddress = "http://hmrc.test/";

    private readonly CapturingHandler _hmrc = new();
    private ClientHost? _host;

    public static TheoryData<string, string> SpecifiedCalls()
    {
        var data = new TheoryData<string, string>();
        foreach (var call in AgentClientCalls.All.Where(call => call.SpecFolder.Length > 0))
        {
            data.Add(call.Name, "2.0");
            if (call.SpecFolder == ApiSpec.AgentAuthorisation)
            {
                data.Add(call.Name, "1.0");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SpecifiedCalls))]
    public async Task Request_matches_spec_operation(string name, string configuredVersion)
    {
        var call = AgentClientCalls.Named(name);
        var spec = ApiSpec.Load(SpecFolderFor(call, configuredVersion));
        var operation = spec.Operation(call.Method, call.PathTemplate);

        await call.Invoke(Host(configuredVersion), CancellationToken.None);

        var request = Assert.Single(_hmrc.ApiRequests);
        Assert.Equal(call.Method, request.Method);
        Assert.True(operation.Matches(request.Uri.AbsolutePath), $"{request.Uri.AbsolutePath} does not match {operation.PathTemplate}");
        Assert.Equal("", request.Uri.Query);
        if (call.SpecFolder != ApiSpec.AgentAuthorisationTestSupport)
        {
            // The test support spec names its path parameter {id} but declares it as invitationId,
            // so only the other operations can be checked parameter by parameter.
            RequestContractTests.AssertPathParameters(operation, request);
        }

        RequestContractTests.AssertHeaders(operation, request, spec.Version);
        RequestContractTests.AssertBody(operation, request);
    }

    [Theory]
    [InlineData("2.0")]
    [InlineData("1.0")]
    public async Task Deauthorise_always_sends_version_2(string configuredVersion)
    {
        await AgentClientCalls.Named("DeauthoriseClient").Invoke(Host(configuredVersion), CancellationToken.None);

        var request = Assert.Single(_hmrc.ApiRequests);
        Assert.Equal("application/vnd.hmrc.2.0+json", request.Headers["Accept"]);
    }

    [Fact]
    public async Task Create_sends_the_spec_body_with_normalised_postcode()
    {
        await AgentClientCalls.Named("CreateInvitation").Invoke(Host("2.0"), CancellationToken.None);

        var body = JsonNode.Parse(Assert.Single(_hmrc.ApiRequests).Body!)!.AsObject();
        Assert.Equal("MTD-IT", (string?)body["service"]);
        Assert.Equal("personal", (string?)body["clientType"]);
        Assert.Equal("ni", (string?)body["clientIdType"]);
        Assert.Equal(ClientCalls.Nino.Value, (string?)body["clientId"]);
        Assert.Equal("SW1A 2AA", (string?)body["knownFact"]);
        Assert.Equal("supporting", (string?)body["agentType"]);
        Assert.Equal(6, body.Count);
    }

    [Fact]
    public async Task Check_without_agent_type_leaves_it_out()
    {
        await AgentClientCalls.Named("CheckRelationshipWithoutAgentType").Invoke(Host("2.0"), CancellationToken.None);

        var body = JsonNode.Parse(Assert.Single(_hmrc.ApiRequests).Body!)!.AsObject();
        Assert.Equal("BFPO 57", (string?)body["knownFact"]);
        Assert.False(body.ContainsKey("agentType"));
        Assert.False(body.ContainsKey("clientType"));
    }

    [Fact]
    public async Task Deauthorise_sends_client_without_known_fact()
    {
        await AgentClientCalls.Named("DeauthoriseSupportingClient").Invoke(Host("2.0"), CancellationToken.None);

        var body = JsonNode.Parse(Assert.Single(_hmrc.ApiRequests).Body!)!.AsObject();
        Assert.Equal("""{"service":"MTD-IT","clientType":"personal","clientIdType":"ni","clientId":"AA123456A","agentType":"supporting"}""",
            body.ToJsonString());
    }

    [Fact]
    public async Task Test_support_sends_no_token()
    {
        foreach (var name in new[] { "AcceptTestInvitation", "RejectTestInvitation", "GetTestKnownFacts" })
        {
            await AgentClientCalls.Named(name).Invoke(Host("2.0"), CancellationToken.None);
        }

        Assert.Equal(3, _hmrc.ApiRequests.Count);
        Assert.All(_hmrc.ApiRequests, request => Assert.False(request.Headers.ContainsKey("Authorization")));
        Assert.All(_hmrc.ApiRequests, request => Assert.Equal("application/vnd.hmrc.1.0+json", request.Headers["Accept"]));
        Assert.DoesNotContain(_hmrc.Requests, request => request.Uri.AbsolutePath == "/oauth/token");
    }

    [Fact]
    public async Task Invalid_postcode_is_not_sent()
    {
        var outcome = await Host("2.0").Client<AgentAuthorisationClient>().CreateInvitationAsync(
            ClientHost.ConnectionId,
            AgentClientCalls.Arn,
            new(ClientCalls.Nino, "SW1A", AgentType.Main),
            CancellationToken.None);

        Assert.False(outcome.Succeeded);
        Assert.Equal("POSTCODE_FORMAT_INVALID", outcome.Error.Code);
        Assert.Equal(0, (int)outcome.Error.StatusCode);
        Assert.Empty(_hmrc.ApiRequests);
    }

    public void Dispose()
    {
        _host?.Dispose();
        _hmrc.Dispose();
    }

    // Version 1.0 has no de-authorise endpoint, and the client sends 2.0 for it whatever is set.
    private static string SpecFolderFor(ClientCall call, string configuredVersion) =>
        call.SpecFolder == ApiSpec.AgentAuthorisation && configuredVersion == "1.0" && call.PathTemplate != "/agents/{arn}/deauthorise-client"
            ? ApiSpec.AgentAuthorisationV1
            : call.SpecFolder;

    private ClientHost Host(string agentAuthorisationVersion) =>
        _host ??= new ClientHost(BaseAddress, _hmrc, new Dictionary<string, string?>
        {
            ["Hmrc:Apis:AgentAuthorisation:Version"] = agentAuthorisationVersion,
        });
}
