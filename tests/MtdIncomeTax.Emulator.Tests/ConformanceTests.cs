using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MtdIncomeTax.Emulator.Tests;

/// <summary>
/// The emulator's success responses, from stored data and from the scenarios that mirror a spec
/// example, validate against the response schemas of HMRC's published specifications.
/// </summary>
public sealed class ConformanceTests : IAsyncLifetime
{
    private const string BusinessDetails = "business-details-api/2.0/schemas/";
    private const string Obligations = "obligations-api/3.0/schemas/";
    private const string SelfEmployment = "self-employment-business-api/5.0/schemas/";
    private const string Property = "property-business-api/6.0/schemas/";
    private const string Calculations = "individual-calculations-api/9.0/schemas/";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 8, 1, 9, 0, 0, TimeSpan.Zero));
    private EmulatorHost _host = null!;
    private Hmrc _hmrc = null!;
    private string _token = "";

    public async Task InitializeAsync()
    {
        _host = await EmulatorHost.StartAsync(configureServices: services => services.AddSingleton<TimeProvider>(_time));
        _hmrc = new Hmrc(_host);
        _token = await _hmrc.GetAccessTokenAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public static readonly TheoryData<string, string, string?, string> ScenarioResponses = new()
    {
        { "/individuals/business/details/AA123456A/list", "2.0", "BUSINESS_AND_PROPERTY", BusinessDetails + "listAllbusinesses/response.json" },
        { "/individuals/business/details/AA123456A/XAIS12345678901", "2.0", "PROPERTY", BusinessDetails + "retrieveBusinessDetails/response.json" },
        { "/obligations/details/AA123456A/income-and-expenditure", "3.0", "CUMULATIVE", Obligations + "retrieve_periodic_obligations_response.json" },
        { "/obligations/details/AA123456A/income-and-expenditure?status=open", "3.0", "DYNAMIC", Obligations + "retrieve_periodic_obligations_response.json" },
        { "/obligations/details/AA123456A/crystallisation", "3.0", "MULTIPLE", Obligations + "retrieve_crystallisation_obligations_response.json" },
        { Requests.SelfEmploymentCumulative(), "5.0", "CONSOLIDATED_EXPENSES", SelfEmployment + "retrieveCumulativePeriodSummary/def1/response.json" },
        { Requests.SelfEmploymentAnnual("2025-26"), "5.0", "TRADING_ALLOWANCE", SelfEmployment + "retrieveAnnualSubmission/def3/response.json" },
        { Requests.SelfEmploymentAnnual("2026-27"), "5.0", "TRADING_ALLOWANCE", SelfEmployment + "retrieveAnnualSubmission/def4/response.json" },
        { Requests.PropertyCumulative(), "6.0", "UK_PROPERTY_CONSOLIDATED", Property + "uk_property_cumulative_summary_retrieve/def1/response.json" },
        { Requests.PropertyCumulative(), "6.0", "UK_PROPERTY_FULL_EXPENSES", Property + "uk_property_cumulative_summary_retrieve/def1/response.json" },
        { Requests.Calculations("2025-26"), "9.0", "DYNAMIC", Calculations + "list/def3/list_response.json" },
        { Requests.Calculations("2023-24"), "9.0", "DYNAMIC", Calculations + "list/def2/list_response.json" },
        { Requests.Calculations("2020-21"), "9.0", "DYNAMIC", Calculations + "list/def1/list_response.json" },
    };

    [Theory]
    [MemberData(nameof(ScenarioResponses))]
    public async Task Scenario_response_matches_its_schema(string path, string version, string? scenario, string schema)
    {
        var response = await _hmrc.ApiAsync(HttpMethod.Get, path, _token, version, scenario: scenario);
        var body = await ApiResponse.AssertSuccessAsync(response, HttpStatusCode.OK);

        Assert.Empty(SpecSchemas.Validate(schema, body));
    }

    [Fact]
    public async Task Stored_data_responses_match_their_schemas()
    {
        await PutAsync(Requests.SelfEmploymentCumulative("2026-27"), "5.0", Requests.SelfEmploymentBody("2026-04-06", "2026-07-05"));
        await PutAsync(Requests.PropertyCumulative("2026-27"), "6.0", Requests.PropertyBody("2026-04-06", "2026-07-05"));
        await PutAsync(Requests.SelfEmploymentAnnual("2026-27"), "5.0", Requests.AnnualBody());

        await AssertMatchesAsync("/individuals/business/details/AA123456A/list", "2.0", BusinessDetails + "listAllbusinesses/response.json");
        await AssertMatchesAsync("/individuals/business/details/AA123456A/XAIS12345678901", "2.0", BusinessDetails + "retrieveBusinessDetails/response.json");
        await AssertMatchesAsync("/obligations/details/AA123456A/income-and-expenditure?fromDate=2026-04-06&toDate=2027-04-05", "3.0", Obligations + "retrieve_periodic_obligations_response.json");
        await AssertMatchesAsync("/obligations/details/AA123456A/crystallisation", "3.0", Obligations + "retrieve_crystallisation_obligations_response.json");
        await AssertMatchesAsync(Requests.SelfEmploymentCumulative("2026-27"), "5.0", SelfEmployment + "retrieveCumulativePeriodSummary/def1/response.json");
        await AssertMatchesAsync(Requests.SelfEmploymentAnnual("2026-27"), "5.0", SelfEmployment + "retrieveAnnualSubmission/def4/response.json");
        await AssertMatchesAsync(Requests.PropertyCumulative("2026-27"), "6.0", Property + "uk_property_cumulative_summary_retrieve/def1/response.json");
    }

    [Theory]
    [InlineData("8.0")]
    [InlineData("9.0")]
    public async Task Calculation_of_2026_27_matches_def4(string version)
    {
        await PutAsync(Requests.SelfEmploymentCumulative("2026-27"), "5.0", Requests.SelfEmploymentBody("2026-04-06", "2026-07-05", 90000m));
        await PutAsync(Requests.PropertyCumulative("2026-27"), "6.0", Requests.PropertyBody("2026-04-06", "2026-07-05"));
        var trigger = await ApiResponse.AssertSuccessAsync(
            await _hmrc.ApiAsync(HttpMethod.Post, Requests.Calculations("2026-27") + "/trigger/in-year", _token, version),
            HttpStatusCode.Accepted);
        var calculationId = trigger.GetProperty("calculationId").GetString();

        Assert.Empty(SpecSchemas.Validate(Calculations + "trigger/trigger_response.json", trigger));
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", calculationId);
        await AssertMatchesAsync($"{Requests.Calculations("2026-27")}/{calculationId}", version, Calculations + "retrieve/def4/retrieve_response.json");
        await AssertMatchesAsync(Requests.Calculations("2026-27"), version, Calculations + "list/def3/list_response.json");
    }

    private async Task PutAsync(string path, string version, object body)
    {
        var response = await _hmrc.ApiAsync(HttpMethod.Put, path, _token, version, body);
        await ApiResponse.AssertSuccessAsync(response, HttpStatusCode.NoContent);
    }

    private async Task AssertMatchesAsync(string path, string version, string schema)
    {
        var body = await ApiResponse.AssertSuccessAsync(await _hmrc.ApiAsync(HttpMethod.Get, path, _token, version), HttpStatusCode.OK);
        var errors = SpecSchemas.Validate(schema, body);

        Assert.True(errors.Count == 0, $"{path} does not match {schema}: {string.Join("; ", errors)}");
    }
}
