using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MtdIncomeTax.Emulator.Api.Pipeline;
using MtdIncomeTax.Emulator.Api.Validation;
using MtdIncomeTax.Emulator.State;

namespace MtdIncomeTax.Emulator.Api.Property;

/// <summary>
/// Property Business 6.0, the UK property cumulative period summary: PUT and GET
/// /individuals/business/property/uk/{nino}/{businessId}/cumulative/{taxYear}, from 2025-26.
/// </summary>
internal sealed class UkPropertyEndpoints(TaxpayerStore store)
{
    public static readonly ApiEndpoint PutCumulative = new(
        HmrcApis.PropertyBusiness,
        HttpMethods.Put,
        new ScenarioTable()
            .Error("NOT_FOUND", "MATCHING_RESOURCE_NOT_FOUND")
            .RuleErrors(CumulativePeriodRules.RuleScenarios),
        HasBody: true);

    public static readonly ApiEndpoint GetCumulative = new(
        HmrcApis.PropertyBusiness,
        HttpMethods.Get,
        new ScenarioTable()
            .Error("NOT_FOUND", "MATCHING_RESOURCE_NOT_FOUND")
            .Error("FOREIGN_PROPERTY", "RULE_TYPE_OF_BUSINESS_INCORRECT")
            .RuleErrors("TAX_YEAR_NOT_SUPPORTED")
            .Example("UK_PROPERTY_CONSOLIDATED", "UK_PROPERTY_FULL_EXPENSES"));

    private const string Route = "/individuals/business/property/uk/{nino}/{businessId}/cumulative/{taxYear}";

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPut(Route,
            (string nino, string businessId, string taxYear, HttpContext context, ApiPipeline pipeline, UkPropertyEndpoints endpoints) =>
                pipeline.RunAsync(context, PutCumulative, nino,
                    call => Task.FromResult(endpoints.StoreCumulative(call, nino, businessId, taxYear))));
        routes.MapGet(Route,
            (string nino, string businessId, string taxYear, HttpContext context, ApiPipeline pipeline, UkPropertyEndpoints endpoints) =>
                pipeline.RunAsync(context, GetCumulative, nino,
                    call => Task.FromResult(endpoints.RetrieveCumulative(call, nino, businessId, taxYear))));
    }

    private ApiOutcome StoreCumulative(ApiCall call, string nino, string businessId, string taxYearText)
    {
        var api = call.Endpoint.Api;
        var errors = new List<ApiError>();
        PathParameters.CheckBusinessId(businessId, api, errors);
        var taxYear = PathParameters.ParseTaxYear(taxYearText, api, errors);
        var (body, bodyError) = call.ParseBody();
        errors.AddRange(bodyError is null ? BodyValidator.Validate(body, UkPropertyBodies.Cumulative, api) : [bodyError]);
        if (errors.Count > 0)
        {
            return ApiOutcome.Fail(errors);
        }

        var ruleErrors = CheckRules(call, taxYear!.Value, body);
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
            .Any(b => b.BusinessId == businessId && b.TypeOfBusiness == "uk-property"))
        {
            return ApiOutcome.Fail(call.Error("MATCHING_RESOURCE_NOT_FOUND"));
        }

        if (!TryReadDate(body, "fromDate", out var from) || !TryReadDate(body, "toDate", out var to))
        {
            return ApiOutcome.Fail(call.Error("RULE_MISSING_SUBMISSION_DATES"));
        }

        var summary = new CumulativeSummary(businessId, "uk-property", taxYear.Value, from, to, body, call.Now, []);
        var error = store.For(nino).StoreCumulative(
            summary, previous => CumulativePeriodRules.Check(taxYear.Value, from, to, call.Today, previous));

        return error is null ? ApiOutcome.NoContent() : ApiOutcome.Fail(call.Error(error));
    }

    private static List<ApiError> CheckRules(ApiCall call, TaxYear taxYear, JsonElement body)
    {
        var errors = new List<ApiError>();
        if (taxYear < TaxYear.FirstCumulative)
        {
            errors.Add(call.Error("RULE_TAX_YEAR_NOT_SUPPORTED"));
        }

        if (body.GetProperty("ukProperty").TryGetProperty("expenses", out var expenses)
            && expenses.TryGetProperty("consolidatedExpenses", out _)
            && expenses.EnumerateObject().Any(e => !UkPropertyBodies.AllowedWithConsolidated.Contains(e.Name)))
        {
            errors.Add(call.Error("RULE_BOTH_EXPENSES_SUPPLIED").At("/ukProperty/expenses/consolidatedExpenses"));
        }

        if (TryReadDate(body, "fromDate", out var from) && TryReadDate(body, "toDate", out var to) && to < from)
        {
            errors.Add(call.Error("RULE_TO_DATE_BEFORE_FROM_DATE"));
        }

        return errors;
    }

    private ApiOutcome RetrieveCumulative(ApiCall call, string nino, string businessId, string taxYearText)
    {
        var errors = new List<ApiError>();
        PathParameters.CheckBusinessId(businessId, call.Endpoint.Api, errors);
        var taxYear = PathParameters.ParseTaxYear(taxYearText, call.Endpoint.Api, errors);
        if (errors.Count > 0)
        {
            return ApiOutcome.Fail(errors);
        }

        if (taxYear < TaxYear.FirstCumulative)
        {
            return ApiOutcome.Fail(call.Error("RULE_TAX_YEAR_NOT_SUPPORTED"));
        }

        var scenario = call.SelectScenario(name => ApiOutcome.Ok(SpecExamples.Load(
            name == "UK_PROPERTY_CONSOLIDATED" ? "property/uk-cumulative-consolidated.json" : "property/uk-cumulative.json")));
        if (scenario is not null)
        {
            return scenario;
        }

        var business = store.For(nino).ListBusinesses(call.Taxpayer.Businesses).FirstOrDefault(b => b.BusinessId == businessId);
        if (business is not null && business.TypeOfBusiness != "uk-property")
        {
            return ApiOutcome.Fail(call.Error("RULE_TYPE_OF_BUSINESS_INCORRECT"));
        }

        var summary = store.For(nino).FindCumulative(businessId, taxYear!.Value);

        return summary is null ? ApiOutcome.Fail(call.Error("MATCHING_RESOURCE_NOT_FOUND")) : ApiOutcome.Ok(WithSubmittedOn(summary));
    }

    /// <summary>Returns the stored body with the time it was submitted, which the response requires.</summary>
    private static JsonObject WithSubmittedOn(CumulativeSummary summary)
    {
        var stored = JsonNode.Parse(summary.Body.GetRawText())!.AsObject();
        var response = new JsonObject
        {
            ["submittedOn"] = summary.SubmittedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        };
        foreach (var (name, value) in stored.ToList())
        {
            stored.Remove(name);
            response[name] = value;
        }

        return response;
    }

    private static bool TryReadDate(JsonElement body, string name, out DateOnly date)
    {
        date = default;
        return body.TryGetProperty(name, out var value) && BodyValidator.TryParseDate(value.GetString(), out date);
    }
}
