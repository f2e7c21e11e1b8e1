using System.Net;
using MtdIncomeTax.ContractTests.Specs;
using MtdIncomeTax.Hmrc.Api;
using MtdIncomeTax.Hmrc.Api.AgentAuthorisation;
using MtdIncomeTax.IntegrationTests.Resilience;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace MtdIncomeTax.IntegrationTests.AgentAuthorisation;

/// <summary>
/// Every error code HMRC's spec documents for an Agent Authorisation endpoint comes back from the
/// client as that error, with its status, message and X-CorrelationId, over real HTTP. A 5xx on a
/// write becomes OUTCOME_UNKNOWN, and 404 RELATIONSHIP_NOT_FOUND is a result, not an error.
/// </summary>
public sealed class AgentErrorTests : IAsyncLifetime
{
    private const string CorrelationId = "9a4e2b71-5c3d-4f60-8e1a-2d7b6c5f4e30";

    private static readonly HashSet<string> OurFaultCodes =
    [
        "BAD_REQUEST", "SERVICE_NOT_SUPPORTED", "CLIENT_TYPE_NOT_SUPPORTED", "CLIENT_ID_FORMAT_INVALID",
        "CLIENT_ID_DOES_NOT_MATCH_SERVICE", "AGENT_TYPE_NOT_SUPPORTED", "VAT_REG_DATE_FORMAT_INVALID", "ACCEPT_HEADER_INVALID",
    ];

    private readonly WireMockServer _hmrc = WireMockServer.Start();
    private PipelineHost _host = null!;

    public static TheoryData<string, int, string, string> DocumentedErrors()
    {
        var data = new TheoryData<string, int, string, string>();
        foreach (var call in AgentCall.All)
        {
            var operation = ApiSpec.Load(call.SpecFolder).Operation(call.Method, call.PathTemplate);
            // 401 UNAUTHORIZED makes the bearer handler refresh the token and send again, which this
            // host's grant cannot do; AuthorisationRequestTests covers that path against the app.
            var errors = operation.DocumentedErrors()
                .DistinctBy(error => (error.Status, error.Code))
                .Where(error => error.Code != "UNAUTHORIZED");
            foreach (var error in errors)
            {
                data.Add(call.Name, error.Status, error.Code, error.Message);
            }
        }

        return data;
    }

    public Task InitializeAsync()
    {
        _host = new PipelineHost(_hmrc.Url!);
        return Task.CompletedTask;
    }

    [Fact]
    public void Every_operation_documents_errors()
    {
        var calls = DocumentedErrors().Select(row => (string)row[0]).Distinct().Order();

        Assert.Equal(AgentCall.All.Select(call => call.Name).Order(), calls);
    }

    [Theory]
    [MemberData(nameof(DocumentedErrors))]
    public async Task Documented_error_comes_back_typed(string callName, int status, string code, string message)
    {
        var call = AgentCall.Named(callName);
        _hmrc.Given(Request.Create().WithPath(path => path != "/oauth/token").UsingMethod(call.Method))
            .RespondWith(Response.Create().WithStatusCode(status)
                .WithHeader("X-CorrelationId", CorrelationId)
                .WithBodyAsJson(new { code, message }));

        var outcome = await call.Invoke(_host);

        Assert.Equal(CorrelationId, outcome.CorrelationId);
        if (call.Name == "CheckRelationship" && code == AgentAuthorisationClient.RelationshipNotFound)
        {
            Assert.True(outcome.Succeeded);
            Assert.Equal(RelationshipStatus.NotFound, Assert.IsType<RelationshipCheck>(outcome.Value).Status);
            return;
        }

        Assert.False(outcome.Succeeded);
        var error = outcome.Error!;
        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal(CorrelationId, error.CorrelationId);
        if (IsWrite(call) && status >= 500)
        {
            Assert.Equal(HmrcApiError.OutcomeUnknown, error.Code);
            Assert.Equal(code, Assert.Single(error.Errors).Code);
            Assert.Single(_hmrc.LogEntries);
        }
        else
        {
            Assert.Equal(code, error.Code);
            Assert.Equal(message, error.Message);
            Assert.Equal(OurFaultCodes.Contains(code), error.IsOurFault);
        }
    }

    public Task DisposeAsync()
    {
        _hmrc.Stop();
        _hmrc.Dispose();
        return _host.DisposeAsync().AsTask();
    }

    // The relationship check is a POST that changes nothing, so a 5xx on it is an ordinary error.
    private static bool IsWrite(AgentCall call) => call.Method != "GET" && call.Name != "CheckRelationship";
}
