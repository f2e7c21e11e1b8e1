using System.Net;
using System.Text.RegularExpressions;

namespace MtdIncomeTax.Emulator.Tests;

/// <summary>
/// Gov-Test-Scenario: every error scenario an endpoint documents returns its error, every
/// scenario the specification lists is known, and an unknown value is RULE_INCORRECT_GOV_TEST_SCENARIO.
/// </summary>
public sealed partial class ScenarioTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly Hmrc _hmrc = new(fixture.Host);

    /// <summary>Each endpoint: a valid request and the specification file whose table lists its scenarios.</summary>
    public static readonly TheoryData<string, string, string, string, string> Endpoints = new()
    {
        { "GET", "/individuals/business/details/AA123456A/list", "2.0", "", "business-details-api/2.0/list.yaml" },
        { "GET", "/individuals/business/details/AA123456A/XAIS12345678901", "2.0", "", "business-details-api/2.0/retrieve.yaml" },
        { "GET", "/obligations/details/AA123456A/income-and-expenditure", "3.0", "", "obligations-api/3.0/retrieve_income_tax_income_expenditure.yaml" },
        { "GET", "/obligations/details/AA123456A/crystallisation", "3.0", "", "obligations-api/3.0/retrieve_income_tax_crystallisation.yaml" },
        { "PUT", Requests.SelfEmploymentCumulative(), "5.0", "se", "self-employment-business-api/5.0/create_amend_cumulative_period_summary.yaml" },
        { "GET", Requests.SelfEmploymentCumulative(), "5.0", "", "self-employment-business-api/5.0/retrieve_cumulative_period_summary.yaml" },
        { "PUT", Requests.SelfEmploymentAnnual(), "5.0", "annual", "self-employment-business-api/5.0/create_and_amend_annual_submission.yaml" },
        { "GET", Requests.SelfEmploymentAnnual(), "5.0", "", "self-employment-business-api/5.0/retrieve_annual_submission.yaml" },
        { "PUT", Requests.PropertyCumulative(), "6.0", "property", "property-business-api/6.0/uk_property_cumulative_summary_create_or_amend.yaml" },
        { "GET", Requests.PropertyCumulative(), "6.0", "", "property-business-api/6.0/uk_property_cumulative_summary_retrieve.yaml" },
        { "POST", Requests.Calculations() + "/trigger/in-year", "9.0", "", "individual-calculations-api/9.0/trigger.yaml" },
        { "GET", Requests.Calculations(), "9.0", "", "individual-calculations-api/9.0/list.yaml" },
        { "GET", Requests.Calculations() + "/f2fb30e5-4ab6-4a29-b3c1-c7264259ff1c", "9.0", "", "individual-calculations-api/9.0/retrieve.yaml" },
        { "POST", Requests.Calculations() + "/f2fb30e5-4ab6-4a29-b3c1-c7264259ff1c/final-declaration", "9.0", "", "individual-calculations-api/9.0/submit_final_declaration.yaml" },
    };

    /// <summary>The documented error scenarios, with the status and code each returns.</summary>
    public static readonly TheoryData<string, string, string, string, string, int, string> ErrorScenarios = Build();

    [Theory]
    [MemberData(nameof(ErrorScenarios))]
    public async Task Error_scenario_answers_its_error(
        string method, string path, string version, string body, string scenario, int status, string code)
    {
        var token = await _hmrc.GetAccessTokenAsync();

        var response = await _hmrc.ApiAsync(new HttpMethod(method), path, token, version, Body(body), scenario);

        await ApiResponse.AssertErrorAsync(response, (HttpStatusCode)status, code);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Every_listed_scenario_is_known(string method, string path, string version, string body, string specFile)
    {
        var token = await _hmrc.GetAccessTokenAsync();
        var scenarios = ListedScenarios(specFile);

        Assert.NotEmpty(scenarios);
        foreach (var scenario in scenarios)
        {
            var response = await _hmrc.ApiAsync(new HttpMethod(method), path, token, version, Body(body), scenario);
            var answer = await ApiResponse.ReadAsync(response);
            var code = answer.ValueKind == System.Text.Json.JsonValueKind.Object && answer.TryGetProperty("code", out var c)
                ? c.GetString()
                : null;

            Assert.True(code != "RULE_INCORRECT_GOV_TEST_SCENARIO", $"{scenario} on {method} {path} is not known");
            Assert.True((int)response.StatusCode < 500, $"{scenario} on {method} {path} returned {(int)response.StatusCode}");
        }
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Unknown_scenario_is_rejected(string method, string path, string version, string body, string specFile)
    {
        Assert.NotEmpty(specFile);
        var token = await _hmrc.GetAccessTokenAsync();

        var response = await _hmrc.ApiAsync(new HttpMethod(method), path, token, version, Body(body), "NO_SUCH_SCENARIO");

        await ApiResponse.AssertErrorAsync(response, HttpStatusCode.BadRequest, "RULE_INCORRECT_GOV_TEST_SCENARIO");
    }

    private static TheoryData<string, string, string, string, string, int, string> Build()
    {
        var data = new TheoryData<string, string, string, string, string, int, string>();
        void Add(string method, string path, string version, string body, string scenario, int status, string code) =>
            data.Add(method, path, version, body, scenario, status, code);

        Add("GET", "/individuals/business/details/AA123456A/list", "2.0", "", "NOT_FOUND", 404, "MATCHING_RESOURCE_NOT_FOUND");
        Add("GET", "/individuals/business/details/AA123456A/XAIS12345678901", "2.0", "", "NOT_FOUND", 404, "MATCHING_RESOURCE_NOT_FOUND");
        foreach (var (scenario, status, code) in new[]
        {
            ("INSOLVENT_TRADER", 400, "RULE_INSOLVENT_TRADER"), ("NOT_FOUND", 404, "MATCHING_RESOURCE_NOT_FOUND"),
            ("NO_OBLIGATIONS_FOUND", 404, "NO_OBLIGATIONS_FOUND"),
        })
        {
            Add("GET", "/obligations/details/AA123456A/income-and-expenditure", "3.0", "", scenario, status, code);
        }

        Add("GET", "/obligations/details/AA123456A/crystallisation", "3.0", "", "INSOLVENT_TRADER", 400, "RULE_INSOLVENT_TRADER");
        Add("GET", "/obligations/details/AA123456A/crystallisation", "3.0", "", "NOT_FOUND", 404, "MATCHING_RESOURCE_NOT_FOUND");

        string[] cumulativeRules =
        [
            "TAX_YEAR_NOT_SUPPORTED", "START_DATE_NOT_ALIGNED_TO_COMMENCEMENT_DATE", "END_DATE_NOT_ALIGNED_WITH_REPORTING_TYPE",
            "MISSING_SUBMISSION_DATES", "START_AND_END_DATE_NOT_ALLOWED", "EARLY_DATA_SUBMISSION_NOT_ACCEPTED",
            "OUTSIDE_AMENDMENT_WINDOW", "ADVANCE_SUBMISSION_REQUIRES_PERIOD_END_DATE",
            "SUBMISSION_END_DATE_CANNOT_MOVE_BACKWARDS", "START_DATE_NOT_ALIGNED_WITH_REPORTING_TYPE",
        ];
        foreach (var rule in cumulativeRules.Append("BOTH_EXPENSES_SUPPLIED"))
        {
            Add("PUT", Requests.SelfEmploymentCumulative(), "5.0", "se", rule, 400, "RULE_" + rule);
        }

        foreach (var rule in cumulativeRules)
        {
            Add("PUT", Requests.PropertyCumulative(), "6.0", "property", rule, 400, "RULE_" + rule);
        }

        Add("PUT", Requests.SelfEmploymentCumulative(), "5.0", "se", "NOT_FOUND", 404, "MATCHING_RESOURCE_NOT_FOUND");
        Add("PUT", Requests.PropertyCumulative(), "6.0", "property", "NOT_FOUND", 404, "MATCHING_RESOURCE_NOT_FOUND");
        Add("GET", Requests.SelfEmploymentCumulative(), "5.0", "", "NOT_FOUND", 404, "MATCHING_RESOURCE_NOT_FOUND");
        Add("GET", Requests.SelfEmploymentCumulative(), "5.0", "", "TAX_YEAR_NOT_SUPPORTED", 400, "RULE_TAX_YEAR_NOT_SUPPORTED");
        Add("GET", Requests.PropertyCumulative(), "6.0", "", "NOT_FOUND", 404, "MATCHING_RESOURCE_NOT_FOUND");
        Add("GET", Requests.PropertyCumulative(), "6.0", "", "TAX_YEAR_NOT_SUPPORTED", 400, "RULE_TAX_YEAR_NOT_SUPPORTED");
        Add("GET", Requests.PropertyCumulative(), "6.0", "", "FOREIGN_PROPERTY", 400, "RULE_TYPE_OF_BUSINESS_INCORRECT");
        foreach (var rule in new[] { "ALLOWANCE_NOT_SUPPORTED", "WRONG_TPA_AMOUNT_SUBMITTED", "OUTSIDE_AMENDMENT_WINDOW" })
        {
            Add("PUT", Requests.SelfEmploymentAnnual(), "5.0", "annual", rule, 400, "RULE_" + rule);
        }

        Add("PUT", Requests.SelfEmploymentAnnual(), "5.0", "annual", "NOT_FOUND", 404, "MATCHING_RESOURCE_NOT_FOUND");
        Add("GET", Requests.SelfEmploymentAnnual(), "5.0", "", "NOT_FOUND", 404, "MATCHING_RESOURCE_NOT_FOUND");

        foreach (var rule in new[]
        {
            "NO_INCOME_SUBMISSIONS_EXIST", "FINAL_DECLARATION_RECEIVED", "INCOME_SOURCES_CHANGED", "RECENT_SUBMISSIONS_EXIST",
            "RESIDENCY_CHANGED", "CALCULATION_IN_PROGRESS", "BUSINESS_VALIDATION_FAILURE", "TAX_YEAR_NOT_ENDED",
        })
        {
            Add("POST", Requests.Calculations() + "/trigger/in-year", "9.0", "", rule, 400, "RULE_" + rule);
        }

        Add("GET", Requests.Calculations(), "9.0", "", "NOT_FOUND", 404, "MATCHING_RESOURCE_NOT_FOUND");
        Add("GET", Requests.Calculations() + "/f2fb30e5-4ab6-4a29-b3c1-c7264259ff1c", "8.0", "", "NOT_FOUND", 404, "MATCHING_RESOURCE_NOT_FOUND");
        foreach (var rule in new[]
        {
            "OUTSIDE_AMENDMENT_WINDOW", "FINAL_DECLARATION_IN_PROGRESS", "FINAL_DECLARATION_RECEIVED", "FINAL_DECLARATION_TAX_YEAR",
            "INCOME_SOURCES_CHANGED", "INCOME_SOURCES_INVALID", "NO_INCOME_SUBMISSIONS_EXIST", "RECENT_SUBMISSIONS_EXIST",
            "RESIDENCY_CHANGED", "SUBMISSION_FAILED", "TAX_YEAR_NOT_SUPPORTED",
        })
        {
            Add("POST", Requests.Calculations() + "/f2fb30e5-4ab6-4a29-b3c1-c7264259ff1c/final-declaration", "9.0", "", rule, 400, "RULE_" + rule);
        }

        Add("POST", Requests.Calculations() + "/f2fb30e5-4ab6-4a29-b3c1-c7264259ff1c/final-declaration", "9.0", "", "NOT_FOUND", 404, "MATCHING_RESOURCE_NOT_FOUND");
        Add("GET", "/individuals/person/itsa-status/AA123456A/2025-26", "2.0", "", "NOT_FOUND", 404, "MATCHING_RESOURCE_NOT_FOUND");
        Add("GET", "/individuals/person/itsa-status/AA123456A/2025-26", "2.0", "", "NOT_ENROLLED", 403, "CLIENT_NOT_MTD_ENROLLED");

        return data;
    }

    /// <summary>Returns the Gov-Test-Scenario values in the markdown table of an endpoint's specification, DEFAULT and STATEFUL aside.</summary>
    private static List<string> ListedScenarios(string specFile)
    {
        var text = SpecSchemas.ReadText(specFile);

        return ScenarioRow().Matches(text).Select(m => m.Groups[1].Value)
            .Where(name => name is not ("STATEFUL" or "DEFAULT"))
            .Distinct()
            .ToList();
    }

    private static object? Body(string name) => name switch
    {
        "se" => Requests.SelfEmploymentBody(),
        "property" => Requests.PropertyBody(),
        "annual" => Requests.AnnualBody(),
        _ => null,
    };

    [GeneratedRegex(@"^\s*\|\s*([A-Z][A-Z0-9_]+)\s*\|", RegexOptions.Multiline)]
    private static partial Regex ScenarioRow();
}
