using System.Net;
using MtdIncomeTax.ContractTests.Clients;
using MtdIncomeTax.ContractTests.Specs;
using MtdIncomeTax.Hmrc.Api;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace MtdIncomeTax.UnitTests.Hmrc.Api;

/// <summary>
/// Every error code that HMRC's spec documents for an operation comes back from the client as that
/// error, with its status and the X-CorrelationId. A server error on a write becomes OUTCOME_UNKNOWN.
/// </summary>
public sealed class ErrorTableTests : IDisposable
{
    private const string CorrelationId = "c75f40a6-a3df-4429-a697-471eeec46435";

    private readonly WireMockServer _hmrc = WireMockServer.Start();
    private readonly ClientHost _host;

    public ErrorTableTests()
    {
        _host = new ClientHost(HmrcStub.BaseAddressOf(_hmrc));
    }

    public static TheoryData<string, int, string> DocumentedErrors()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var call in ClientCalls.All.Where(call => call.SpecFolder.Length > 0))
        {
            var operation = ApiSpec.Load(call.SpecFolder).Operation(call.Method, call.PathTemplate);
            foreach (var (status, code, _) in operation.DocumentedErrors().Distinct())
            {
                data.Add(call.Name, status, code);
            }
        }

        return data;
    }

    [Fact]
    public void Every_operation_documents_errors()
    {
        var calls = DocumentedErrors().Select(row => (string)row[0]).Distinct().ToList();

        // The Create Test User spec documents no error responses at all.
        var expected = ClientCalls.All.Where(call => call.SpecFolder.Length > 0 && call.SpecFolder != ApiSpec.CreateTestUser);
        Assert.Equal(expected.Select(call => call.Name).Order(), calls.Order());
    }

    [Theory]
    [MemberData(nameof(DocumentedErrors))]
    public async Task Documented_error_comes_back_typed(string callName, int status, string code)
    {
        var call = ClientCalls.Named(callName);
        _hmrc.IssuesApplicationTokens();
        _hmrc.Given(Request.Create().WithPath(path => path != "/oauth/token").UsingMethod(call.Method))
            .RespondWith(Response.Create().WithStatusCode(status)
                .WithHeader("X-CorrelationId", CorrelationId)
                .WithBodyAsJson(new { code, message = "message from the spec" }));

        var outcome = await call.Invoke(_host, CancellationToken.None);

        Assert.False(outcome.Succeeded);
        var error = outcome.Error!;
        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal(CorrelationId, error.CorrelationId);
        Assert.Equal(CorrelationId, outcome.CorrelationId);
        if (call.Method != "GET" && status is 500 or 502 or 503 or 504)
        {
            Assert.Equal(HmrcApiError.OutcomeUnknown, error.Code);
            Assert.Equal(code, Assert.Single(error.Errors).Code);
        }
        else
        {
            Assert.Equal(code, error.Code);
            var ourFault = code.StartsWith("FORMAT_", StringComparison.Ordinal)
                || code == "RULE_INCORRECT_GOV_TEST_SCENARIO"
                || (code == "MATCHING_RESOURCE_NOT_FOUND" && call.Method != "GET");
            Assert.Equal(ourFault, error.IsOurFault);
        }

        Assert.Single(_hmrc.LogEntries, entry => entry.RequestMessage.Path != "/oauth/token");
    }

    public void Dispose()
    {
        _host.Dispose();
        _hmrc.Stop();
        _hmrc.Dispose();
    }
}
