using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using MtdIncomeTax.ContractTests.Clients;
using MtdIncomeTax.Hmrc.Api;
using MtdIncomeTax.Hmrc.Api.BusinessDetails;
using MtdIncomeTax.Hmrc.Api.Calculations;
using MtdIncomeTax.Hmrc.Api.SelfEmployment;
using MtdIncomeTax.Hmrc.Http;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace MtdIncomeTax.UnitTests.Hmrc.Api;

/// <summary>How the clients read HMRC's responses, through the real handler chain against WireMock.</summary>
public sealed class HmrcApiCallTests : IDisposable
{
    private const string CorrelationId = "2a1f6e0b-5a3c-4f8e-9d1b-7c6e5f4a3b2c";
    private const string CumulativePath = "/individuals/business/self-employment/AA123456A/XAIS12345678901/cumulative/2025-26";
    private const string CalculationPath = "/individuals/calculations/AA123456A/self-assessment/2025-26/f2fb30e5-4ab6-4a29-b3c1-c7264259ff1c";

    private readonly WireMockServer _hmrc = WireMockServer.Start();
    private readonly CapturingLoggerProvider _logs = new();
    private ClientHost? _host;

    private ClientHost Host => _host ??= CreateHost();

    [Fact]
    public async Task Multi_error_keeps_nested_paths()
    {
        Answer(CumulativePath, "PUT", 400, """
            {"code":"INVALID_REQUEST","message":"Invalid request","errors":[
              {"code":"FORMAT_VALUE","message":"The value must be between 0 and 99999999999.99","paths":["/periodIncome/turnover","/periodIncome/other"]},
              {"code":"FORMAT_START_DATE","message":"The provided Start date is invalid","paths":["/periodDates/periodStartDate"]}]}
            """);

        var result = await SendCumulativeAsync();

        var error = result.Error!;
        Assert.Equal("INVALID_REQUEST", error.Code);
        Assert.Equal(2, error.Errors.Count);
        Assert.Equal(["/periodIncome/turnover", "/periodIncome/other"], error.Errors[0].Paths);
        Assert.Equal(["/periodDates/periodStartDate"], error.Errors[1].Paths);
        Assert.True(error.HasCode("FORMAT_START_DATE"));
        Assert.True(error.IsOurFault);
    }

    [Fact]
    public async Task Multi_error_with_rule_is_not_our_fault()
    {
        Answer(CumulativePath, "PUT", 400, """
            {"code":"INVALID_REQUEST","message":"Invalid request","errors":[
              {"code":"FORMAT_VALUE","message":"The value must be between 0 and 99999999999.99","paths":["/periodIncome/turnover"]},
              {"code":"RULE_BOTH_EXPENSES_SUPPLIED","message":"Both expenses and consolidatedExpenses can not be present at the same time"}]}
            """);

        var result = await SendCumulativeAsync();

        Assert.False(result.Error!.IsOurFault);
    }

    [Fact]
    public async Task Single_error_paths_are_read()
    {
        Answer(CumulativePath, "PUT", 400, """{"code":"FORMAT_VALUE","message":"The value must be between 0 and 99999999999.99","paths":["/periodExpenses/adminCosts"]}""");

        var result = await SendCumulativeAsync();

        Assert.Equal(["/periodExpenses/adminCosts"], result.Error!.Paths);
    }

    [Fact]
    public async Task Platform_path_becomes_one_item_list()
    {
        Answer(CumulativePath, "PUT", 400, """{"code":"INVALID_REQUEST","message":"Invalid JSON","path":"/periodIncome"}""");

        var result = await SendCumulativeAsync();

        Assert.Equal(["/periodIncome"], result.Error!.Paths);
        Assert.Empty(result.Error.Errors);
    }

    [Fact]
    public async Task Malformed_json_on_200_is_invalid_response()
    {
        Answer(CalculationPath, "GET", 200, """{"metadata": {"calculationId": """);

        var result = await Host.Client<IndividualCalculationsClient>().RetrieveCalculationAsync(
            ClientHost.ConnectionId, ClientCalls.Nino, ClientCalls.TaxYear, ClientCalls.CalculationId, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(HmrcApiError.InvalidResponse, result.Error.Code);
        Assert.Equal(HttpStatusCode.OK, result.Error.StatusCode);
        Assert.Equal(CorrelationId, result.CorrelationId);
        Assert.True(result.Error.IsOurFault);
        var logged = Assert.Single(_logs.Entries, entry => entry.EventId.Name == "ApiResponseInvalid");
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.Equal(CorrelationId, logged.Values["CorrelationId"]);
    }

    [Fact]
    public async Task Missing_required_field_is_invalid_response()
    {
        Answer("/individuals/calculations/AA123456A/self-assessment/2025-26/trigger/in-year", "POST", 202, """{"id":"f2fb30e5-4ab6-4a29-b3c1-c7264259ff1c"}""");

        var result = await Host.Client<IndividualCalculationsClient>().TriggerCalculationAsync(
            ClientHost.ConnectionId, ClientCalls.Nino, ClientCalls.TaxYear, CalculationType.InYear, CancellationToken.None);

        Assert.Equal(HmrcApiError.InvalidResponse, result.Error!.Code);
    }

    [Fact]
    public async Task Empty_204_is_no_content_with_correlation_id()
    {
        Answer(CumulativePath, "PUT", 204, null);

        var result = await SendCumulativeAsync();

        Assert.True(result.Succeeded);
        Assert.Same(HmrcNoContent.Instance, result.Value);
        Assert.Equal(HttpStatusCode.NoContent, result.StatusCode);
        Assert.Equal(CorrelationId, result.CorrelationId);
    }

    [Fact]
    public async Task Accepted_trigger_returns_calculation_id()
    {
        Answer("/individuals/calculations/AA123456A/self-assessment/2025-26/trigger/in-year", "POST", 202, """{"calculationId":"f2fb30e5-4ab6-4a29-b3c1-c7264259ff1c"}""");

        var result = await Host.Client<IndividualCalculationsClient>().TriggerCalculationAsync(
            ClientHost.ConnectionId, ClientCalls.Nino, ClientCalls.TaxYear, CalculationType.InYear, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(ClientCalls.CalculationId, result.Value.CalculationId);
        Assert.Equal(HttpStatusCode.Accepted, result.StatusCode);
        Assert.Equal(CorrelationId, result.CorrelationId);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Server_error_on_write_is_unknown_outcome_sent_once(int status)
    {
        Answer(CumulativePath, "PUT", status, """{"code":"INTERNAL_SERVER_ERROR","message":"An internal server error occurred"}""");

        var result = await SendCumulativeAsync();

        Assert.True(result.OutcomeUnknown);
        Assert.Equal((HttpStatusCode)status, result.Error!.StatusCode);
        Assert.Equal("INTERNAL_SERVER_ERROR", Assert.Single(result.Error.Errors).Code);
        Assert.Equal(CorrelationId, result.CorrelationId);
        Assert.Single(_hmrc.LogEntries);
    }

    [Fact]
    public async Task Server_error_on_read_keeps_hmrc_code()
    {
        Answer(CumulativePath, "GET", 500, """{"code":"INTERNAL_SERVER_ERROR","message":"An internal server error occurred"}""");

        var result = await Host.Client<SelfEmploymentBusinessClient>().RetrieveCumulativePeriodSummaryAsync(
            ClientHost.ConnectionId, ClientCalls.Nino, ClientCalls.SelfEmployment, ClientCalls.TaxYear, CancellationToken.None);

        Assert.False(result.OutcomeUnknown);
        Assert.Equal("INTERNAL_SERVER_ERROR", result.Error!.Code);
    }

    [Fact]
    public async Task Write_timeout_is_unknown_outcome()
    {
        _host = CreateHost(new() { ["Hmrc:ApiRequestTimeout"] = "00:00:01" });
        _hmrc.Given(Request.Create().WithPath(CumulativePath).UsingPut())
            .RespondWith(Response.Create().WithStatusCode(204).WithDelay(TimeSpan.FromSeconds(3)));

        var result = await SendCumulativeAsync();

        Assert.True(result.OutcomeUnknown);
        Assert.Equal((HttpStatusCode)0, result.StatusCode);
    }

    [Fact]
    public async Task Read_timeout_is_unavailable()
    {
        _host = CreateHost(new() { ["Hmrc:ApiRequestTimeout"] = "00:00:01" });
        _hmrc.Given(Request.Create().WithPath(CumulativePath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithDelay(TimeSpan.FromSeconds(3)));

        var result = await Host.Client<SelfEmploymentBusinessClient>().RetrieveCumulativePeriodSummaryAsync(
            ClientHost.ConnectionId, ClientCalls.Nino, ClientCalls.SelfEmployment, ClientCalls.TaxYear, CancellationToken.None);

        Assert.Equal(HmrcApiError.Unavailable, result.Error!.Code);
    }

    [Fact]
    public async Task Refused_connection_on_write_is_known_not_sent()
    {
        using var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        using var host = new ClientHost($"http://127.0.0.1:{port}/");

        var result = await host.Client<SelfEmploymentBusinessClient>().CreateOrAmendCumulativePeriodSummaryAsync(
            ClientHost.ConnectionId, ClientCalls.Nino, ClientCalls.SelfEmployment, ClientCalls.TaxYear, Samples.ConsolidatedSelfEmploymentSummary, CancellationToken.None);

        Assert.Equal(HmrcApiError.Unavailable, result.Error!.Code);
        Assert.False(result.OutcomeUnknown);
    }

    [Fact]
    public async Task Not_found_on_read_is_expected()
    {
        Answer(CalculationPath, "GET", 404, """{"code":"MATCHING_RESOURCE_NOT_FOUND","message":"Matching resource not found"}""");

        var result = await Host.Client<IndividualCalculationsClient>().RetrieveCalculationAsync(
            ClientHost.ConnectionId, ClientCalls.Nino, ClientCalls.TaxYear, ClientCalls.CalculationId, CancellationToken.None);

        Assert.Equal("MATCHING_RESOURCE_NOT_FOUND", result.Error!.Code);
        Assert.False(result.Error.IsOurFault);
        Assert.Contains(_logs.Entries, entry => entry.EventId.Name == "ApiErrorReturned" && entry.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task Not_found_on_write_is_our_fault()
    {
        Answer(CumulativePath, "PUT", 404, """{"code":"MATCHING_RESOURCE_NOT_FOUND","message":"Matching resource not found"}""");

        var result = await SendCumulativeAsync();

        Assert.True(result.Error!.IsOurFault);
        var logged = Assert.Single(_logs.Entries, entry => entry.EventId.Name == "ApiErrorOfOurMaking");
        Assert.Equal(LogLevel.Error, logged.Level);
    }

    [Fact]
    public async Task Failure_log_has_template_not_nino()
    {
        Answer(CumulativePath, "PUT", 400, """{"code":"RULE_TAX_YEAR_NOT_SUPPORTED","message":"The tax year specified does not lie within the supported range"}""");

        await SendCumulativeAsync();

        var logged = Assert.Single(_logs.Entries, entry => entry.EventId.Name == "ApiErrorReturned");
        Assert.Equal("/individuals/business/self-employment/{nino}/{businessId}/cumulative/{taxYear}", logged.Values["Endpoint"]);
        Assert.Equal(400, logged.Values["StatusCode"]);
        Assert.Equal("RULE_TAX_YEAR_NOT_SUPPORTED", logged.Values["HmrcCode"]);
        Assert.Equal(CorrelationId, logged.Values["CorrelationId"]);
        Assert.DoesNotContain(_logs.Entries, entry => entry.ToString().Contains(ClientCalls.Nino.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Default_calculations_version_is_8()
    {
        Answer(CalculationPath, "GET", 404, """{"code":"MATCHING_RESOURCE_NOT_FOUND","message":"Matching resource not found"}""");

        await Host.Client<IndividualCalculationsClient>().RetrieveCalculationAsync(
            ClientHost.ConnectionId, ClientCalls.Nino, ClientCalls.TaxYear, ClientCalls.CalculationId, CancellationToken.None);

        Assert.Equal("application/vnd.hmrc.8.0+json", HeaderOf(Assert.Single(_hmrc.LogEntries), "Accept"));
    }

    [Fact]
    public async Task Configured_version_is_sent()
    {
        _host = CreateHost(new() { ["Hmrc:Apis:BusinessDetails:Version"] = "3.0" });
        Answer("/individuals/business/details/AA123456A/list", "GET", 200, """{"listOfBusinesses":[]}""");

        await Host.Client<BusinessDetailsClient>().ListAllBusinessesAsync(ClientHost.ConnectionId, ClientCalls.Nino, CancellationToken.None);

        Assert.Equal("application/vnd.hmrc.3.0+json", HeaderOf(Assert.Single(_hmrc.LogEntries), "Accept"));
    }

    [Fact]
    public async Task Test_scenario_is_sent_when_allowed()
    {
        _host = CreateHost(new() { ["Hmrc:AllowGovTestScenario"] = "true", ["Hmrc:Apis:BusinessDetails:GovTestScenario"] = "STATEFUL" });
        Answer("/individuals/business/details/AA123456A/list", "GET", 200, """{"listOfBusinesses":[]}""");

        await ListBusinessesAsync();
        using (HmrcTestScenario.Use("NOT_FOUND"))
        {
            await ListBusinessesAsync();
        }

        await ListBusinessesAsync();

        var scenarios = _hmrc.LogEntries.Select(entry => HeaderOf(entry, "Gov-Test-Scenario")).ToList();
        Assert.Equal(["STATEFUL", "NOT_FOUND", "STATEFUL"], scenarios);
    }

    [Fact]
    public async Task Test_scenario_is_not_sent_by_default()
    {
        _host = CreateHost(new() { ["Hmrc:Apis:BusinessDetails:GovTestScenario"] = "STATEFUL" });
        Answer("/individuals/business/details/AA123456A/list", "GET", 200, """{"listOfBusinesses":[]}""");

        using (HmrcTestScenario.Use("NOT_FOUND"))
        {
            await ListBusinessesAsync();
        }

        Assert.Null(HeaderOf(Assert.Single(_hmrc.LogEntries), "Gov-Test-Scenario"));
    }

    [Fact]
    public async Task Body_is_json_with_content_type()
    {
        Answer(CumulativePath, "PUT", 204, null);

        await SendCumulativeAsync();

        var request = Assert.Single(_hmrc.LogEntries).RequestMessage;
        Assert.Equal("application/json", HeaderOf(_hmrc.LogEntries[0], "Content-Type"));
        Assert.Equal(
            """{"periodDates":{"periodStartDate":"2025-04-06","periodEndDate":"2025-10-05"},"periodIncome":{"turnover":30000,"other":0},"periodExpenses":{"consolidatedExpenses":4999.99}}""",
            request.Body);
    }

    public void Dispose()
    {
        _host?.Dispose();
        _hmrc.Stop();
        _hmrc.Dispose();
    }

    private ClientHost CreateHost(Dictionary<string, string?>? settings = null) =>
        new(HmrcStub.BaseAddressOf(_hmrc), settings: settings, logs: _logs);

    private void Answer(string path, string method, int status, string? body)
    {
        var response = Response.Create().WithStatusCode(status).WithHeader("X-CorrelationId", CorrelationId);
        if (body is not null)
        {
            response = response.WithHeader("Content-Type", "application/json").WithBody(body);
        }

        _hmrc.Given(Request.Create().WithPath(path).UsingMethod(method)).RespondWith(response);
    }

    private Task<HmrcApiResult<HmrcNoContent>> SendCumulativeAsync() =>
        Host.Client<SelfEmploymentBusinessClient>().CreateOrAmendCumulativePeriodSummaryAsync(
            ClientHost.ConnectionId, ClientCalls.Nino, ClientCalls.SelfEmployment, ClientCalls.TaxYear, Samples.ConsolidatedSelfEmploymentSummary, CancellationToken.None);

    private Task<HmrcApiResult<BusinessList>> ListBusinessesAsync() =>
        Host.Client<BusinessDetailsClient>().ListAllBusinessesAsync(ClientHost.ConnectionId, ClientCalls.Nino, CancellationToken.None);

    private static string? HeaderOf(WireMock.Logging.ILogEntry entry, string name) =>
        entry.RequestMessage.Headers!.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;
}
