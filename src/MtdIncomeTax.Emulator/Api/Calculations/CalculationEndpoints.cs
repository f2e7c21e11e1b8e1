using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MtdIncomeTax.Emulator.Api.Pipeline;
using MtdIncomeTax.Emulator.State;

namespace MtdIncomeTax.Emulator.Api.Calculations;

/// <summary>
/// Individual Calculations 8.0 and 9.0 under /individuals/calculations/{nino}/self-assessment/{taxYear}:
/// trigger (202 with a new calculation ID), list, retrieve (404 until the calculation is ready,
/// then the figures worked out from the stored cumulative summaries) and the final declaration
/// (204, which fulfils the year's final declaration obligation).
/// </summary>
internal sealed partial class CalculationEndpoints(TaxpayerStore store, CalculationTiming timing)
{
    public static readonly ApiEndpoint Trigger = new(
        HmrcApis.IndividualCalculations,
        HttpMethods.Post,
        new ScenarioTable().RuleErrors(
            "NO_INCOME_SUBMISSIONS_EXIST", "FINAL_DECLARATION_RECEIVED", "INCOME_SOURCES_CHANGED",
            "RECENT_SUBMISSIONS_EXIST", "RESIDENCY_CHANGED", "CALCULATION_IN_PROGRESS",
            "BUSINESS_VALIDATION_FAILURE", "TAX_YEAR_NOT_ENDED"));

    public static readonly ApiEndpoint List = new(
        HmrcApis.IndividualCalculations,
        HttpMethods.Get,
        new ScenarioTable()
            .Error("NOT_FOUND", "MATCHING_RESOURCE_NOT_FOUND")
            .Example("DYNAMIC"));

    public static readonly ApiEndpoint Retrieve = new(
        HmrcApis.IndividualCalculations,
        HttpMethods.Get,
        new ScenarioTable()
            .Error("NOT_FOUND", "MATCHING_RESOURCE_NOT_FOUND")
            .Example(
                "ERROR_MESSAGES_EXIST", "UK_MULTIPLE_INCOMES_EXAMPLE", "UK_PROP_DIVIDENDS_EXAMPLE",
                "UK_PROP_GIFTAID_EXAMPLE", "UK_PROP_SAVINGS_EXAMPLE", "UK_SE_GIFTAID_EXAMPLE",
                "UK_SE_SAVINGS_EXAMPLE", "SCOT_SE_DIVIDENDS_EXAMPLE", "DYNAMIC"));

    public static readonly ApiEndpoint FinalDeclaration = new(
        HmrcApis.IndividualCalculations,
        HttpMethods.Post,
        new ScenarioTable()
            .Error("NOT_FOUND", "MATCHING_RESOURCE_NOT_FOUND")
            .RuleErrors(
                "OUTSIDE_AMENDMENT_WINDOW", "FINAL_DECLARATION_IN_PROGRESS", "FINAL_DECLARATION_RECEIVED",
                "FINAL_DECLARATION_TAX_YEAR", "INCOME_SOURCES_CHANGED", "INCOME_SOURCES_INVALID",
                "NO_INCOME_SUBMISSIONS_EXIST", "RECENT_SUBMISSIONS_EXIST", "RESIDENCY_CHANGED",
                "SUBMISSION_FAILED", "TAX_YEAR_NOT_SUPPORTED"));

    private const string Prefix = "/individuals/calculations/{nino}/self-assessment/{taxYear}";
    private static readonly TaxYear EarliestYear = new(2017);
    private static readonly TaxYear FirstListFilterYear = new(2023);
    private static readonly string[] TriggerTypes = ["in-year", "intent-to-finalise", "intent-to-amend"];
    private static readonly string[] DeclarationTypes = ["final-declaration", "confirm-amendment"];

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost(Prefix + "/trigger/{calculationType}",
            (string nino, string taxYear, string calculationType, HttpContext context, ApiPipeline pipeline, CalculationEndpoints endpoints) =>
                pipeline.RunAsync(context, Trigger, nino,
                    call => Task.FromResult(endpoints.TriggerCalculation(call, nino, taxYear, calculationType))));
        routes.MapGet(Prefix,
            (string nino, string taxYear, HttpContext context, ApiPipeline pipeline, CalculationEndpoints endpoints) =>
                pipeline.RunAsync(context, List, nino,
                    call => Task.FromResult(endpoints.ListCalculations(call, nino, taxYear))));
        routes.MapGet(Prefix + "/{calculationId}",
            (string nino, string taxYear, string calculationId, HttpContext context, ApiPipeline pipeline, CalculationEndpoints endpoints) =>
                pipeline.RunAsync(context, Retrieve, nino,
                    call => Task.FromResult(endpoints.RetrieveCalculation(call, nino, taxYear, calculationId))));
        routes.MapPost(Prefix + "/{calculationId}/{calculationType}",
            (string nino, string taxYear, string calculationId, string calculationType, HttpContext context,
                ApiPipeline pipeline, CalculationEndpoints endpoints) =>
                pipeline.RunAsync(context, FinalDeclaration, nino,
                    call => Task.FromResult(endpoints.SubmitFinalDeclaration(call, nino, taxYear, calculationId, calculationType))));
    }

    private ApiOutcome TriggerCalculation(ApiCall call, string nino, string taxYearText, string calculationType)
    {
        var errors = new List<ApiError>();
        var taxYear = PathParameters.ParseTaxYear(taxYearText, call.Endpoint.Api, errors);
        if (!TriggerTypes.Contains(calculationType))
        {
            errors.Add(call.Error("FORMAT_CALCULATION_TYPE"));
        }

        if (errors.Count > 0)
        {
            return ApiOutcome.Fail(errors);
        }

        if (taxYear < EarliestYear)
        {
            return ApiOutcome.Fail(call.Error("RULE_TAX_YEAR_NOT_SUPPORTED"));
        }

        if (calculationType == "intent-to-amend" && taxYear < TaxYear.FirstCumulative)
        {
            return ApiOutcome.Fail(call.Error("RULE_CALCULATION_TYPE_NOT_ALLOWED"));
        }

        var scenario = call.SelectScenario();
        if (scenario is not null)
        {
            return scenario;
        }

        var state = store.For(nino);
        var year = taxYear!.Value;
        var declared = state.FindFinalDeclaration(year);
        var ruleError = calculationType switch
        {
            "intent-to-finalise" when call.Today <= year.LastDay => "RULE_TAX_YEAR_NOT_ENDED",
            "intent-to-finalise" when declared is not null => "RULE_FINAL_DECLARATION_RECEIVED",
            "intent-to-amend" when declared is null => "RULE_DECLARATION_NOT_RECEIVED",
            _ => null,
        };
        var summaries = state.ListCumulative(year);
        if (ruleError is null && summaries.Count == 0)
        {
            ruleError = "RULE_NO_INCOME_SUBMISSIONS_EXIST";
        }

        if (ruleError is not null)
        {
            return ApiOutcome.Fail(call.Error(ruleError));
        }

        var names = state.ListBusinesses(call.Taxpayer.Businesses).ToDictionary(b => b.BusinessId, b => b.TradingName);
        var calculation = new StoredCalculation(
            Guid.NewGuid().ToString(), year, calculationType, call.Now, call.Now + timing.Delay,
            TaxCalculator.Calculate(year, summaries, names));
        state.AddCalculation(calculation);

        return ApiOutcome.Accepted(new JsonObject { ["calculationId"] = calculation.CalculationId });
    }

    private ApiOutcome ListCalculations(ApiCall call, string nino, string taxYearText)
    {
        var errors = new List<ApiError>();
        var taxYear = PathParameters.ParseTaxYear(taxYearText, call.Endpoint.Api, errors);
        var filter = call.Query.TryGetValue("calculationType", out var value) ? value.ToString() : null;
        if (filter is not null && taxYear is { } year && !ListTypes(year).Contains(filter))
        {
            errors.Add(call.Error(year < FirstListFilterYear ? "RULE_CALCULATION_TYPE_NOT_ALLOWED" : "FORMAT_CALCULATION_TYPE"));
        }

        if (errors.Count > 0)
        {
            return ApiOutcome.Fail(errors);
        }

        if (taxYear < EarliestYear)
        {
            return ApiOutcome.Fail(call.Error("RULE_TAX_YEAR_NOT_SUPPORTED"));
        }

        var scenario = call.SelectScenario(_ => ApiOutcome.Ok(SpecExamples.Load($"calculations/list-{ListDefinition(taxYear!.Value)}.json")));
        if (scenario is not null)
        {
            return scenario;
        }

        // Calculations exist only from 2025-26, the first year of cumulative updates, so only def3 is written.
        var items = store.For(nino).ListCalculations(taxYear!.Value)
            .Where(c => c.IsReady(call.Now) && (filter is null || ListType(c) == filter))
            .OrderByDescending(c => c.RequestedAt)
            .Select(c => (JsonNode)new JsonObject
            {
                ["calculationId"] = c.CalculationId,
                ["calculationTimestamp"] = CalculationDocument.Timestamp(c.ReadyAt),
                ["calculationType"] = ListType(c),
                ["calculationTrigger"] = "attended",
                ["calculationOutcome"] = "PROCESSED",
                ["liabilityAmount"] = c.Result.TotalIncomeTaxAndNicsDue,
                ["fromDate"] = CalculationDocument.Date(c.TaxYear.FirstDay),
                ["toDate"] = CalculationDocument.Date(c.Result.Businesses.Max(b => b.PeriodEnd)),
            })
            .ToArray();

        return items.Length == 0
            ? ApiOutcome.Fail(call.Error("MATCHING_RESOURCE_NOT_FOUND"))
            : ApiOutcome.Ok(new JsonObject { ["calculations"] = new JsonArray(items) });
    }

    private ApiOutcome RetrieveCalculation(ApiCall call, string nino, string taxYearText, string calculationId)
    {
        var errors = new List<ApiError>();
        var taxYear = PathParameters.ParseTaxYear(taxYearText, call.Endpoint.Api, errors);
        if (!CalculationIdPattern().IsMatch(calculationId))
        {
            errors.Add(call.Error("FORMAT_CALCULATION_ID"));
        }

        if (errors.Count > 0)
        {
            return ApiOutcome.Fail(errors);
        }

        if (taxYear < EarliestYear)
        {
            return ApiOutcome.Fail(call.Error("RULE_TAX_YEAR_NOT_SUPPORTED"));
        }

        var scenario = call.SelectScenario(name => RetrieveExample(call, name, taxYear!.Value));
        if (scenario is not null)
        {
            return scenario;
        }

        var calculation = store.For(nino).FindCalculation(calculationId);

        return calculation is null || calculation.TaxYear != taxYear || !calculation.IsReady(call.Now)
            ? ApiOutcome.Fail(call.Error("MATCHING_RESOURCE_NOT_FOUND"))
            : ApiOutcome.Ok(CalculationDocument.Write(calculation, nino));
    }

    private ApiOutcome SubmitFinalDeclaration(ApiCall call, string nino, string taxYearText, string calculationId, string calculationType)
    {
        var errors = new List<ApiError>();
        var taxYear = PathParameters.ParseTaxYear(taxYearText, call.Endpoint.Api, errors);
        if (!CalculationIdPattern().IsMatch(calculationId))
        {
            errors.Add(call.Error("FORMAT_CALCULATION_ID"));
        }

        if (!DeclarationTypes.Contains(calculationType))
        {
            errors.Add(call.Error("FORMAT_CALCULATION_TYPE"));
        }

        if (errors.Count > 0)
        {
            return ApiOutcome.Fail(errors);
        }

        if (calculationType == "confirm-amendment" && taxYear < TaxYear.FirstCumulative)
        {
            return ApiOutcome.Fail(call.Error("RULE_SUBMISSION_FAILED"));
        }

        var scenario = call.SelectScenario();
        if (scenario is not null)
        {
            return scenario;
        }

        var state = store.For(nino);
        var calculation = state.FindCalculation(calculationId);
        if (calculation is null || calculation.TaxYear != taxYear)
        {
            return ApiOutcome.Fail(call.Error("MATCHING_RESOURCE_NOT_FOUND"));
        }

        var error = state.Declare(calculation, call.Now, declared => DeclarationRule(call, calculation, calculationType, declared));

        return error is null ? ApiOutcome.NoContent() : ApiOutcome.Fail(call.Error(error));
    }

    /// <summary>
    /// The back end's rules for a declaration: the tax year has ended, the calculation has
    /// finished, and it is the intent-to-finalise (or, to confirm an amendment, the
    /// intent-to-amend) calculation of a year not yet declared (or already declared).
    /// </summary>
    private static string? DeclarationRule(ApiCall call, StoredCalculation calculation, string calculationType, DateOnly? declared)
    {
        var amending = calculationType == "confirm-amendment";
        if (call.Today <= calculation.TaxYear.LastDay)
        {
            return "RULE_FINAL_DECLARATION_TAX_YEAR";
        }

        if (!calculation.IsReady(call.Now))
        {
            return "RULE_FINAL_DECLARATION_IN_PROGRESS";
        }

        if (!amending && declared is not null)
        {
            return "RULE_FINAL_DECLARATION_RECEIVED";
        }

        if (amending && declared is null)
        {
            return "RULE_DECLARATION_NOT_RECEIVED";
        }

        return calculation.CalculationType == (amending ? "intent-to-amend" : "intent-to-finalise")
            ? null
            : "RULE_SUBMISSION_FAILED";
    }

    private static ApiOutcome? RetrieveExample(ApiCall call, string scenario, TaxYear taxYear)
    {
        if (scenario == "DYNAMIC" && taxYear < FirstListFilterYear)
        {
            return null;
        }

        var definition = RetrieveDefinition(taxYear);
        var example = SpecExamples.Load($"calculations/retrieve-{definition}.json").AsObject();
        if (call.Version == "8.0" && definition == "def4")
        {
            RemoveVersion9Fields(example);
        }

        if (scenario == "DYNAMIC")
        {
            example["metadata"]!["taxYear"] = taxYear.ToString();
        }

        if (scenario == "ERROR_MESSAGES_EXIST")
        {
            example.Remove("calculation");
            example["messages"] = new JsonObject
            {
                ["errors"] = new JsonArray(new JsonObject { ["id"] = "C55001", ["text"] = "The calculation could not be completed because of errors in the submitted data" }),
            };
        }

        return ApiOutcome.Ok(example);
    }

    /// <summary>Removes from a def4 example the fields that 9.0 added, so that 8.0 answers its own shape.</summary>
    private static void RemoveVersion9Fields(JsonObject example)
    {
        (example["messages"] as JsonObject)?.Remove("customerServiceMessages");
        if (example["calculation"] is not JsonObject calculation)
        {
            return;
        }

        (calculation["otherIncome"] as JsonObject)?.Remove("additionalIncome");
        (calculation["taxCalculation"] as JsonObject)?.Remove("totalTaxAndNicsDue");
        calculation.Remove("benefitFromPreOwnedAssets");
        calculation.Remove("taxRefundedOrSetOff");
        calculation.Remove("taxTakenOffOtherIncome");
    }

    private static string[] ListTypes(TaxYear taxYear) => taxYear.StartYear switch
    {
        < 2023 => [],
        < 2025 => ["in-year", "intent-to-finalise", "final-declaration"],
        _ => ["in-year", "intent-to-finalise", "intent-to-amend", "final-declaration", "confirm-amendment"],
    };

    /// <summary>Returns the type the list shows: a declared calculation is listed as the declaration it became.</summary>
    private static string ListType(StoredCalculation calculation) => calculation.DeclaredAt is null
        ? calculation.CalculationType
        : calculation.CalculationType == "intent-to-amend" ? "confirm-amendment" : "final-declaration";

    private static string ListDefinition(TaxYear taxYear) => taxYear.StartYear switch
    {
        <= 2022 => "def1",
        <= 2024 => "def2",
        _ => "def3",
    };

    private static string RetrieveDefinition(TaxYear taxYear) => taxYear.StartYear switch
    {
        <= 2023 => "def1",
        2024 => "def2",
        2025 => "def3",
        _ => "def4",
    };

    [GeneratedRegex("^(?:[0-9]{8}|[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})$")]
    private static partial Regex CalculationIdPattern();
}
