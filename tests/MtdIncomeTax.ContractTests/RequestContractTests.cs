using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using MtdIncomeTax.ContractTests.Clients;
using MtdIncomeTax.ContractTests.Specs;

namespace MtdIncomeTax.ContractTests;

/// <summary>Each request a client sends matches the operation HMRC's spec publishes for it.</summary>
public sealed class RequestContractTests : IDisposable
{
    private const string BaseAddress = "http://hmrc.test/";

    private readonly CapturingHandler _hmrc = new();
    private readonly ClientHost _host;

    public RequestContractTests()
    {
        // The copied Individual Calculations spec is 9.0; 8.0 differs only in its Accept value.
        _host = new ClientHost(BaseAddress, _hmrc, new Dictionary<string, string?>
        {
            ["Hmrc:Apis:IndividualCalculations:Version"] = "9.0",
        });
    }

    public static TheoryData<string> SpecifiedCalls => ClientCalls.Names(call => call.SpecFolder.Length > 0);

    [Theory]
    [MemberData(nameof(SpecifiedCalls))]
    public async Task Request_matches_spec_operation(string name)
    {
        var call = ClientCalls.Named(name);
        var operation = ApiSpec.Load(call.SpecFolder).Operation(call.Method, call.PathTemplate);

        await call.Invoke(_host, CancellationToken.None);

        var request = Assert.Single(_hmrc.ApiRequests);
        Assert.Equal(call.Method, request.Method);
        Assert.True(operation.Matches(request.Uri.AbsolutePath), $"{request.Uri.AbsolutePath} does not match {operation.PathTemplate}");
        AssertPathParameters(operation, request);
        AssertQueryParameters(operation, request);
        AssertHeaders(operation, request, ApiSpec.Load(call.SpecFolder).Version);
        AssertBody(operation, request);
    }

    [Fact]
    public async Task Nino_with_reserved_characters_stays_one_segment()
    {
        var call = ClientCalls.Named("ListAllBusinesses");

        await call.Invoke(_host, CancellationToken.None);

        var request = Assert.Single(_hmrc.ApiRequests);
        Assert.Equal("/individuals/business/details/AA123456A/list", request.Uri.AbsolutePath);
    }

    [Fact]
    public async Task Unfiltered_obligations_send_no_query()
    {
        await ClientCalls.Named("RetrieveIncomeAndExpenditureObligationsUnfiltered").Invoke(_host, CancellationToken.None);

        var request = Assert.Single(_hmrc.ApiRequests);
        Assert.Equal("", request.Uri.Query);
    }

    public void Dispose()
    {
        _host.Dispose();
        _hmrc.Dispose();
    }

    internal static void AssertPathParameters(SpecOperation operation, CapturedRequest request)
    {
        var values = operation.PathValues(request.Uri.AbsolutePath);
        foreach (var parameter in operation.ParametersIn("path"))
        {
            var name = (string)parameter["name"]!;
            Assert.True(values.TryGetValue(name, out var value), $"path parameter {name} is not in {operation.PathTemplate}");
            AssertMatchesSchema(parameter["schema"], value, $"path parameter {name}");
        }
    }

    internal static void AssertQueryParameters(SpecOperation operation, CapturedRequest request)
    {
        var sent = QueryHelpers.ParseQuery(request.Uri.Query);
        var documented = operation.ParametersIn("query").ToDictionary(parameter => (string)parameter["name"]!);
        foreach (var (name, values) in sent)
        {
            Assert.True(documented.TryGetValue(name, out var parameter), $"query parameter {name} is not documented for {operation}");
            var value = Assert.Single(values.ToArray()) ?? "";
            AssertMatchesSchema(parameter["schema"], value, $"query parameter {name}");
        }

        foreach (var (name, parameter) in documented.Where(pair => (bool?)pair.Value["required"] == true))
        {
            Assert.True(sent.ContainsKey(name), $"required query parameter {name} was not sent");
        }
    }

    internal static void AssertHeaders(SpecOperation operation, CapturedRequest request, string specVersion)
    {
        foreach (var parameter in operation.ParametersIn("header").Where(parameter => (bool?)parameter["required"] == true))
        {
            var name = (string)parameter["name"]!;
            Assert.True(request.Headers.TryGetValue(name, out var value), $"required header {name} was not sent");
            if (name == "Content-Type")
            {
                value = value.Split(';')[0].Trim();
            }

            AssertMatchesSchema(parameter["schema"], value, $"header {name}");
        }

        Assert.Equal($"application/vnd.hmrc.{specVersion}+json", request.Headers["Accept"]);
        if (operation.IsOpen)
        {
            Assert.False(request.Headers.ContainsKey("Authorization"), $"{operation} declares no security, but a token was sent");
        }
        else
        {
            Assert.StartsWith("Bearer ", request.Headers["Authorization"], StringComparison.Ordinal);
        }

        Assert.False(request.Headers.ContainsKey("Gov-Test-Scenario"), "Gov-Test-Scenario was sent although it is not allowed");
    }

    internal static void AssertBody(SpecOperation operation, CapturedRequest request)
    {
        var schema = operation.RequestSchema;
        if (schema is null)
        {
            Assert.True(string.IsNullOrEmpty(request.Body), $"{operation} takes no body, but one was sent: {request.Body}");
            return;
        }

        Assert.False(string.IsNullOrEmpty(request.Body), $"{operation} takes a body, but none was sent");
        Assert.Equal("application/json", request.Headers["Content-Type"]);
        var failures = SchemaValidator.Validate(schema, JsonNode.Parse(request.Body!));
        Assert.True(failures.Count == 0, $"{operation} body {request.Body} fails its schema:\n{string.Join("\n", failures)}");
    }

    private static void AssertMatchesSchema(JsonNode? schema, string value, string what)
    {
        if (schema?["pattern"] is { } pattern)
        {
            Assert.Matches(new Regex((string)pattern!), value);
        }

        if (schema?["enum"] is JsonArray allowed)
        {
            Assert.True(allowed.Any(item => item?.ToString() == value), $"{what} '{value}' is not one of {allowed.ToJsonString()}");
        }

        if ((string?)schema?["type"] == "boolean")
        {
            Assert.True(value is "true" or "false", $"{what} '{value}' is not a boolean");
        }
    }
}
