using System.Globalization;
using System.Text.Json.Nodes;
using MtdIncomeTax.Emulator.Api.Pipeline;
using MtdIncomeTax.Emulator.State;

namespace MtdIncomeTax.Emulator.Api.Obligations;

/// <summary>
/// Obligations (MTD) 3.0: income and expenditure obligations, GET
/// /obligations/details/{nino}/income-and-expenditure, and final declaration obligations, GET
/// /obligations/details/{nino}/crystallisation, worked out from the emulator's clock and the
/// test user's stored submissions. A filter that matches nothing is 404 NO_OBLIGATIONS_FOUND.
/// </summary>
internal sealed class ObligationsEndpoints(TaxpayerStore store)
{
    public static readonly ApiEndpoint IncomeAndExpenditure = new(
        HmrcApis.Obligations,
        HttpMethods.Get,
        new ScenarioTable()
            .Error("INSOLVENT_TRADER", "RULE_INSOLVENT_TRADER")
            .Error("NOT_FOUND", "MATCHING_RESOURCE_NOT_FOUND")
            .Error("NO_OBLIGATIONS_FOUND", "NO_OBLIGATIONS_FOUND")
            .Example("OPEN", "FULFILLED", "DYNAMIC", "CUMULATIVE"));

    public static readonly ApiEndpoint Crystallisation = new(
        HmrcApis.Obligations,
        HttpMethods.Get,
        new ScenarioTable()
            .Error("INSOLVENT_TRADER", "RULE_INSOLVENT_TRADER")
            .Error("NOT_FOUND", "MATCHING_RESOURCE_NOT_FOUND")
            .Example("MULTIPLE", "DYNAMIC"));

    private static readonly string[] TypesOfBusiness = ["self-employment", "uk-property", "foreign-property"];
    private static readonly DateOnly EarliestFromDate = new(2018, 4, 6);
    private static readonly DateOnly LatestToDate = new(2099, 12, 31);
    private static readonly TaxYear EarliestFinalDeclarationYear = new(2017);

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/obligations/details/{nino}/income-and-expenditure",
            (string nino, HttpContext context, ApiPipeline pipeline, ObligationsEndpoints endpoints) =>
                pipeline.RunAsync(context, IncomeAndExpenditure, nino,
                    call => Task.FromResult(endpoints.RetrieveIncomeAndExpenditure(call, nino))));
        routes.MapGet("/obligations/details/{nino}/crystallisation",
            (string nino, HttpContext context, ApiPipeline pipeline, ObligationsEndpoints endpoints) =>
                pipeline.RunAsync(context, Crystallisation, nino,
                    call => Task.FromResult(endpoints.RetrieveFinalDeclaration(call, nino))));
    }

    private ApiOutcome RetrieveIncomeAndExpenditure(ApiCall call, string nino)
    {
        var (query, errors) = IncomeAndExpenditureQuery.Parse(call);
        if (errors.Count > 0)
        {
            return ApiOutcome.Fail(errors);
        }

        var scenario = call.SelectScenario(name => ApiOutcome.Ok(IncomeAndExpenditureExample(name, query!)));
        if (scenario is not null)
        {
            return scenario;
        }

        var state = store.For(nino);
        var years = ObligationSchedule.ObligationYears(call.Today).ToList();
        var result = new JsonArray();
        foreach (var business in state.ListBusinesses(call.Taxpayer.Businesses))
        {
            if (!query!.Matches(business))
            {
                continue;
            }

            var details = years
                .SelectMany(year => ObligationSchedule.Quarters(year, state.FindCumulative(business.BusinessId, year)))
                .Where(query.Matches)
                .Select(ToJson)
                .ToArray();
            if (details.Length > 0)
            {
                result.Add(new JsonObject
                {
                    ["typeOfBusiness"] = business.TypeOfBusiness,
                    ["businessId"] = business.BusinessId,
                    ["obligationDetails"] = new JsonArray(details),
                });
            }
        }

        return result.Count == 0
            ? ApiOutcome.Fail(call.Error("NO_OBLIGATIONS_FOUND"))
            : ApiOutcome.Ok(new JsonObject { ["obligations"] = result });
    }

    private ApiOutcome RetrieveFinalDeclaration(ApiCall call, string nino)
    {
        var errors = new List<ApiError>();
        TaxYear? taxYear = null;
        if (call.Query["taxYear"] is { Count: > 0 } taxYearValue)
        {
            var (parsed, error) = TaxYear.Parse(taxYearValue.ToString(), call.Endpoint.Api);
            taxYear = parsed;
            if (error is not null)
            {
                errors.Add(error);
            }
        }

        var status = call.Query["status"].ToString();
        if (call.Query.ContainsKey("status") && status is not ("open" or "fulfilled"))
        {
            errors.Add(call.Error("FORMAT_STATUS"));
        }

        if (errors.Count > 0)
        {
            return ApiOutcome.Fail(errors);
        }

        if (taxYear < EarliestFinalDeclarationYear)
        {
            return ApiOutcome.Fail(call.Error("RULE_TAX_YEAR_NOT_SUPPORTED"));
        }

        var scenario = call.SelectScenario(name => ApiOutcome.Ok(FinalDeclarationExample(name)));
        if (scenario is not null)
        {
            return scenario;
        }

        // Without a tax year HMRC returns the years from four before the current one to the current one.
        var current = TaxYear.Containing(call.Today);
        var years = taxYear is { } single
            ? [single]
            : Enumerable.Range(current.StartYear - 4, 5).Select(start => new TaxYear(start));
        var state = store.For(nino);
        var obligations = years
            .Where(year => year >= TaxYear.FirstCumulative && year <= current)
            .Select(year => ObligationSchedule.FinalDeclaration(year, state.FindFinalDeclaration(year)))
            .Where(obligation => status.Length == 0 || obligation.Status == status)
            .Select(ToJson)
            .ToArray();

        return obligations.Length == 0
            ? ApiOutcome.Fail(call.Error("NO_OBLIGATIONS_FOUND"))
            : ApiOutcome.Ok(new JsonObject { ["obligations"] = new JsonArray(obligations) });
    }

    private static JsonNode IncomeAndExpenditureExample(string scenario, IncomeAndExpenditureQuery query)
    {
        var example = SpecExamples.Load("obligations/cumulative-2026-27.json");
        if (scenario is "OPEN" or "FULFILLED" or "DYNAMIC")
        {
            var status = scenario == "DYNAMIC" ? query.Status : scenario.ToLowerInvariant();
            var details = example["obligations"]![0]!["obligationDetails"]!.AsArray();
            foreach (var detail in details.Where(d => status is not null && d!["status"]!.GetValue<string>() != status).ToList())
            {
                details.Remove(detail);
            }
        }

        return example;
    }

    private static JsonNode FinalDeclarationExample(string scenario)
    {
        var example = SpecExamples.Load("obligations/crystallisation.json");
        if (scenario == "MULTIPLE")
        {
            var obligations = example["obligations"]!.AsArray();
            obligations.Add(new JsonObject
            {
                ["periodStartDate"] = "2019-04-06",
                ["periodEndDate"] = "2020-04-05",
                ["dueDate"] = "2021-01-31",
                ["status"] = "open",
            });
        }

        return example;
    }

    private static JsonObject ToJson(Obligation obligation)
    {
        var json = new JsonObject
        {
            ["periodStartDate"] = Format(obligation.PeriodStart),
            ["periodEndDate"] = Format(obligation.PeriodEnd),
            ["dueDate"] = Format(obligation.DueDate),
            ["status"] = obligation.Status,
        };
        if (obligation.ReceivedDate is { } received)
        {
            json["receivedDate"] = Format(received);
        }

        return json;
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The query of income and expenditure obligations, checked as HMRC's validator checks it.</summary>
    private sealed record IncomeAndExpenditureQuery(
        string? TypeOfBusiness,
        string? BusinessId,
        DateOnly? From,
        DateOnly? To,
        string? Status)
    {
        public static (IncomeAndExpenditureQuery? Query, List<ApiError> Errors) Parse(ApiCall call)
        {
            var query = call.Query;
            var errors = new List<ApiError>();
            var type = Optional(query, "typeOfBusiness");
            if (type is not null && !TypesOfBusiness.Contains(type))
            {
                errors.Add(call.Error("FORMAT_TYPE_OF_BUSINESS"));
            }

            var businessId = Optional(query, "businessId");
            if (businessId is not null && !Api.BusinessId.IsValid(businessId))
            {
                errors.Add(call.Error("FORMAT_BUSINESS_ID"));
            }

            if (businessId is not null && type is null)
            {
                errors.Add(call.Error("MISSING_TYPE_OF_BUSINESS"));
            }

            var status = Optional(query, "status");
            if (status is not null && status is not ("open" or "fulfilled"))
            {
                errors.Add(call.Error("FORMAT_STATUS"));
            }

            var (from, to) = ParseDates(call, errors);

            return (new IncomeAndExpenditureQuery(type, businessId, from, to, status), errors);
        }

        public bool Matches(Users.Business business) =>
            (TypeOfBusiness is null || business.TypeOfBusiness == TypeOfBusiness)
            && (BusinessId is null || business.BusinessId == BusinessId)
            && TypesOfBusiness.Contains(business.TypeOfBusiness);

        public bool Matches(Obligation obligation) =>
            (Status is null || obligation.Status == Status)
            && (From is null || obligation.Overlaps(From.Value, To!.Value));

        /// <summary>
        /// Checks fromDate and toDate, which come together; with neither, and a status other than
        /// open, HMRC takes today to 366 days from today.
        /// </summary>
        private static (DateOnly? From, DateOnly? To) ParseDates(ApiCall call, List<ApiError> errors)
        {
            var fromText = Optional(call.Query, "fromDate");
            var toText = Optional(call.Query, "toDate");
            if (fromText is null && toText is null)
            {
                return Optional(call.Query, "status") == "open" ? (null, null) : (call.Today, call.Today.AddDays(366));
            }

            var fromValid = Validation.BodyValidator.TryParseDate(fromText, out var from);
            var toValid = Validation.BodyValidator.TryParseDate(toText, out var to) && to <= LatestToDate;
            AddDateErrors(call, errors, fromText, fromValid, "FROM");
            AddDateErrors(call, errors, toText, toValid, "TO");
            if (!fromValid || !toValid)
            {
                return (null, null);
            }

            if (to < from)
            {
                errors.Add(call.Error("RANGE_TO_DATE_BEFORE_FROM_DATE"));
            }
            else if (from < EarliestFromDate)
            {
                errors.Add(call.Error("RULE_FROM_DATE_NOT_SUPPORTED"));
            }
            else if (to.DayNumber - from.DayNumber >= 366 || from == to)
            {
                errors.Add(call.Error("RULE_DATE_RANGE_INVALID"));
            }

            return (from, to);
        }

        private static void AddDateErrors(ApiCall call, List<ApiError> errors, string? text, bool valid, string which)
        {
            if (text is null)
            {
                errors.Add(call.Error($"MISSING_{which}_DATE"));
            }
            else if (!valid)
            {
                errors.Add(call.Error($"FORMAT_{which}_DATE"));
            }
        }

        private static string? Optional(IQueryCollection query, string name) =>
            query.TryGetValue(name, out var value) ? value.ToString() : null;
    }
}
