using System.Text.Json;
using MtdIncomeTax.Emulator.Api.Pipeline;
using MtdIncomeTax.Emulator.Api.Validation;
using MtdIncomeTax.Emulator.State;

namespace MtdIncomeTax.Emulator.Api.SelfEmployment;

/// <summary>
/// Self-Employment Business 5.0: the cumulative period summary (PUT and GET
/// /individuals/business/self-employment/{nino}/{businessId}/cumulative/{taxYear}, from 2025-26)
/// and the annual submission (PUT and GET …/annual/{taxYear}, from 2017-18), stored per test user.
/// </summary>
internal sealed class SelfEmploymentEndpoints(TaxpayerStore store)
{
    public static readonly ApiEndpoint PutCumulative = new(
        HmrcApis.SelfEmploymentBusiness,
        HttpMethods.Put,
        new ScenarioTable()
            .Error("NOT_FOUND", "MATCHING_RESOURCE_NOT_FOUND")
            .RuleErrors("BOTH_EXPENSES_SUPPLIED")
            .RuleErrors(CumulativePeriodRules.RuleScenarios),
        HasBody: true);

    public static readonly ApiEndpoint GetCumulative = new(
        HmrcApis.SelfEmploymentBusiness,
        HttpMethods.Get,
        new ScenarioTable()
            .Error("NOT_FOUND", "MATCHING_RESOURCE_NOT_FOUND")
            .RuleErrors("TAX_YEAR_NOT_SUPPORTED")
            .Example("CONSOLIDATED_EXPENSES"));

    public static readonly ApiEndpoint PutAnnual = new(
        HmrcApis.SelfEmploymentBusiness,
        HttpMethods.Put,
        new ScenarioTable()
            .Error("NOT_FOUND", "MATCHING_RESOURCE_NOT_FOUND")
            .RuleErrors("ALLOWANCE_NOT_SUPPORTED", "WRONG_TPA_AMOUNT_SUBMITTED", "OUTSIDE_AMENDMENT_WINDOW"),
        HasBody: true);

    public static readonly ApiEndpoint GetAnnual = new(
        HmrcApis.SelfEmploymentBusiness,
        HttpMethods.Get,
        new ScenarioTable()
            .Error("NOT_FOUND", "MATCHING_RESOURCE_NOT_FOUND")
            .Example("TRADING_ALLOWANCE"));

    private const string Prefix = "/individuals/business/self-employment/{nino}/{businessId}";
    private static readonly TaxYear EarliestAnnualYear = new(2017);

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPut(Prefix + "/cumulative/{taxYear}",
            (string nino, string businessId, string taxYear, HttpContext context, ApiPipeline pipeline, SelfEmploymentEndpoints endpoints) =>
                pipeline.RunAsync(context, PutCumulative, nino,
                    call => Task.FromResult(endpoints.StoreCumulative(call, nino, businessId, taxYear))));
        routes.MapGet(Prefix + "/cumulative/{taxYear}",
            (string nino, string businessId, string taxYear, HttpContext context, ApiPipeline pipeline, SelfEmploymentEndpoints endpoints) =>
                pipeline.RunAsync(context, GetCumulative, nino,
                    call => Task.FromResult(endpoints.RetrieveCumulative(call, nino, businessId, taxYear))));
        routes.MapPut(Prefix + "/annual/{taxYear}",
            (string nino, string businessId, string taxYear, HttpContext context, ApiPipeline pipeline, SelfEmploymentEndpoints endpoints) =>
                pipeline.RunAsync(context, PutAnnual, nino,
                    call => Task.FromResult(endpoints.StoreAnnual(call, nino, businessId, taxYear))));
        routes.MapGet(Prefix + "/annual/{taxYear}",
            (string nino, string businessId, string taxYear, HttpContext context, ApiPipeline pipeline, SelfEmploymentEndpoints endpoints) =>
                pipeline.RunAsync(context, GetAnnual, nino,
                    call => Task.FromResult(endpoints.RetrieveAnnual(call, nino, businessId, taxYear))));
    }

    private ApiOutcome StoreCumulative(ApiCall call, string nino, string businessId, string taxYearText)
    {
        var api = call.Endpoint.Api;
        var errors = new List<ApiError>();
        PathParameters.CheckBusinessId(businessId, api, errors);
        var taxYear = PathParameters.ParseTaxYear(taxYearText, api, errors);
        var (body, bodyError) = call.ParseBody();
        errors.AddRange(bodyError is null ? BodyValidator.Validate(body, SelfEmploymentBodies.Cumulative, api) : [bodyError]);
        if (errors.Count > 0)
        {
            return ApiOutcome.Fail(errors);
        }

        var ruleErrors = CheckCumulativeRules(call, taxYear!.Value, body);
        if (ruleErrors.Count > 0)
        {
            return ApiOutcome.Fail(ruleErrors);
        }

        var scenario = call.SelectScenario();
        if (scenario is not null)
        {
            return scenario;
        }

        if (!store.For(nino).ListBusinesses(call.Taxpayer.Businesses)
            .Any(b => b.BusinessId == businessId && b.TypeOfBusiness == "self-employment"))
        {
            return ApiOutcome.Fail(call.Error("MATCHING_RESOURCE_NOT_FOUND"));
        }

        if (!body.TryGetProperty("periodDates", out var dates))
        {
            return ApiOutcome.Fail(call.Error("RULE_MISSING_SUBMISSION_DATES"));
        }

        var start = ReadDate(dates, "periodStartDate");
        var end = ReadDate(dates, "periodEndDate");
        var summary = new CumulativeSummary(businessId, "self-employment", taxYear.Value, start, end, body, call.Now, []);
        var error = store.For(nino).StoreCumulative(
            summary, previous => CumulativePeriodRules.Check(taxYear.Value, start, end, call.Today, previous));

        return error is null ? ApiOutcome.NoContent() : ApiOutcome.Fail(call.Error(error));
    }

    /// <summary>
    /// Checks the rules HMRC's validator applies once every field is well formed. The tax year is
    /// 2025-26 or later and at least two of dates, income and expenses are given. Consolidated
    /// expenses stand alone, and the period does not end before it starts.
    /// </summary>
    private static List<ApiError> CheckCumulativeRules(ApiCall call, TaxYear taxYear, JsonElement body)
    {
        var errors = new List<ApiError>();
        if (taxYear < TaxYear.FirstCumulative)
        {
            errors.Add(call.Error("RULE_TAX_YEAR_NOT_SUPPORTED"));
        }

        var hasExpenses = body.TryGetProperty("periodExpenses", out var expenses);
        var hasDisallowable = body.TryGetProperty("periodDisallowableExpenses", out _);
        var groups = new[] { body.TryGetProperty("periodDates", out _), body.TryGetProperty("periodIncome", out _), hasExpenses || hasDisallowable };
        if (groups.Count(present => present) < 2)
        {
            errors.Add(call.Error("RULE_INCORRECT_OR_EMPTY_BODY_SUBMITTED") with
            {
                Message = "You must provide information for at least 2 of periodDates, periodIncome, and expenses "
                    + "(periodExpenses and/or periodDisallowableExpenses). Zero values can be submitted when there "
                    + "is no income or expenses",
            });
        }

        if (hasExpenses && expenses.TryGetProperty("consolidatedExpenses", out _)
            && (hasDisallowable || expenses.EnumerateObject().Count() > 1))
        {
            errors.Add(call.Error("RULE_BOTH_EXPENSES_SUPPLIED").At("/periodExpenses"));
        }

        if (body.TryGetProperty("periodDates", out var dates)
            && string.CompareOrdinal(dates.GetProperty("periodEndDate").GetString(), dates.GetProperty("periodStartDate").GetString()) < 0)
        {
            errors.Add(call.Error("RULE_END_DATE_BEFORE_START_DATE"));
        }

        return errors;
    }

    private ApiOutcome RetrieveCumulative(ApiCall call, string nino, string businessId, string taxYearText)
    {
        var (taxYear, failure) = CheckPath(call, businessId, taxYearText, TaxYear.FirstCumulative);
        if (failure is not null)
        {
            return failure;
        }

        var scenario = call.SelectScenario(_ => ApiOutcome.Ok(SpecExamples.Load("self-employment/cumulative-consolidated.json")));
        if (scenario is not null)
        {
            return scenario;
        }

        var summary = store.For(nino).FindCumulative(businessId, taxYear);

        return summary is null || summary.TypeOfBusiness != "self-employment"
            ? ApiOutcome.Fail(call.Error("MATCHING_RESOURCE_NOT_FOUND"))
            : ApiOutcome.Ok(summary.Body);
    }

    private ApiOutcome StoreAnnual(ApiCall call, string nino, string businessId, string taxYearText)
    {
        var api = call.Endpoint.Api;
        var errors = new List<ApiError>();
        PathParameters.CheckBusinessId(businessId, api, errors);
        var taxYear = PathParameters.ParseTaxYear(taxYearText, api, errors);
        var (body, bodyError) = call.ParseBody();
        if (bodyError is not null)
        {
            errors.Add(bodyError);
        }
        else if (taxYear is not null)
        {
            errors.AddRange(BodyValidator.Validate(body, SelfEmploymentBodies.Annual(taxYear.Value), api));
        }

        if (errors.Count > 0)
        {
            return ApiOutcome.Fail(errors);
        }

        var ruleErrors = CheckAnnualRules(call, taxYear!.Value, body);
        if (ruleErrors.Count > 0)
        {
            return ApiOutcome.Fail(ruleErrors);
        }

        var scenario = call.SelectScenario();
        if (scenario is not null)
        {
            return scenario;
        }

        if (!store.For(nino).ListBusinesses(call.Taxpayer.Businesses)
            .Any(b => b.BusinessId == businessId && b.TypeOfBusiness == "self-employment"))
        {
            return ApiOutcome.Fail(call.Error("MATCHING_RESOURCE_NOT_FOUND"));
        }

        store.For(nino).StoreAnnual(businessId, taxYear.Value, body);

        return ApiOutcome.NoContent();
    }

    private static List<ApiError> CheckAnnualRules(ApiCall call, TaxYear taxYear, JsonElement body)
    {
        var errors = new List<ApiError>();
        if (taxYear < EarliestAnnualYear)
        {
            errors.Add(call.Error("RULE_TAX_YEAR_NOT_SUPPORTED"));
        }

        if (body.TryGetProperty("allowances", out var allowances)
            && allowances.TryGetProperty("tradingIncomeAllowance", out _)
            && allowances.EnumerateObject().Count() > 1)
        {
            errors.Add(call.Error("RULE_BOTH_ALLOWANCES_SUPPLIED").At("/allowances"));
        }

        foreach (var name in new[] { "structuredBuildingAllowance", "enhancedStructuredBuildingAllowance" })
        {
            if (!body.TryGetProperty("allowances", out var group) || !group.TryGetProperty(name, out var items))
            {
                continue;
            }

            var index = 0;
            foreach (var building in items.EnumerateArray().Select(item => item.GetProperty("building")))
            {
                if (!building.TryGetProperty("name", out _) && !building.TryGetProperty("number", out _))
                {
                    errors.Add(call.Error("RULE_BUILDING_NAME_NUMBER").At($"/allowances/{name}/{index}/building"));
                }

                index++;
            }
        }

        if (body.TryGetProperty("adjustments", out var adjustments)
            && adjustments.TryGetProperty("transitionProfitAccelerationAmount", out _)
            && !adjustments.TryGetProperty("transitionProfitAmount", out _))
        {
            errors.Add(call.Error("RULE_WRONG_TPA_AMOUNT_SUBMITTED").At("/adjustments/transitionProfitAccelerationAmount"));
        }

        return errors;
    }

    private ApiOutcome RetrieveAnnual(ApiCall call, string nino, string businessId, string taxYearText)
    {
        var (taxYear, failure) = CheckPath(call, businessId, taxYearText, EarliestAnnualYear);
        if (failure is not null)
        {
            return failure;
        }

        var scenario = call.SelectScenario(_ => ApiOutcome.Ok(SpecExamples.Load(
            $"self-employment/annual-{AnnualDefinition(taxYear)}-trading-allowance.json")));
        if (scenario is not null)
        {
            return scenario;
        }

        var body = store.For(nino).FindAnnual(businessId, taxYear);

        return body is null ? ApiOutcome.Fail(call.Error("MATCHING_RESOURCE_NOT_FOUND")) : ApiOutcome.Ok(body.Value);
    }

    /// <summary>Checks the business ID and tax year of a GET, and the tax year's minimum.</summary>
    private static (TaxYear TaxYear, ApiOutcome? Failure) CheckPath(ApiCall call, string businessId, string taxYearText, TaxYear minimum)
    {
        var errors = new List<ApiError>();
        PathParameters.CheckBusinessId(businessId, call.Endpoint.Api, errors);
        var taxYear = PathParameters.ParseTaxYear(taxYearText, call.Endpoint.Api, errors);
        if (errors.Count > 0)
        {
            return (default, ApiOutcome.Fail(errors));
        }

        return taxYear < minimum
            ? (default, ApiOutcome.Fail(call.Error("RULE_TAX_YEAR_NOT_SUPPORTED")))
            : (taxYear!.Value, null);
    }

    /// <summary>Returns a date the body validator has already found well formed.</summary>
    private static DateOnly ReadDate(JsonElement parent, string name) =>
        DateOnly.ParseExact(parent.GetProperty(name).GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string AnnualDefinition(TaxYear taxYear) => taxYear.StartYear switch
    {
        <= 2023 => "def1",
        2024 => "def2",
        2025 => "def3",
        _ => "def4",
    };
}
