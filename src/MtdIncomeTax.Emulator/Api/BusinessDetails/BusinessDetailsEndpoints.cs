using System.Globalization;
using System.Text.Json.Nodes;
using MtdIncomeTax.Emulator.Api.Pipeline;
using MtdIncomeTax.Emulator.State;
using MtdIncomeTax.Emulator.Users;

namespace MtdIncomeTax.Emulator.Api.BusinessDetails;

/// <summary>
/// Business Details (MTD) 2.0: List All Businesses, GET /individuals/business/details/{nino}/list,
/// and Retrieve Business Details, GET /individuals/business/details/{nino}/{businessId}.
/// </summary>
internal sealed class BusinessDetailsEndpoints(TaxpayerStore store)
{
    public static readonly ApiEndpoint List = new(
        HmrcApis.BusinessDetails,
        HttpMethods.Get,
        new ScenarioTable()
            .Error("NOT_FOUND", "MATCHING_RESOURCE_NOT_FOUND")
            .Example("PROPERTY", "FOREIGN_PROPERTY", "BUSINESS_AND_PROPERTY", "UNSPECIFIED"));

    public static readonly ApiEndpoint Retrieve = new(
        HmrcApis.BusinessDetails,
        HttpMethods.Get,
        new ScenarioTable()
            .Error("NOT_FOUND", "MATCHING_RESOURCE_NOT_FOUND")
            .Example("PROPERTY", "FOREIGN_PROPERTY", "UNSPECIFIED", "DYNAMIC"));

    // The business each data scenario of Retrieve Business Details describes, by its specification.
    private static readonly Dictionary<string, (string Type, string BusinessId)> RetrieveScenarioBusinesses = new()
    {
        ["PROPERTY"] = ("uk-property", "XPIS12345678901"),
        ["FOREIGN_PROPERTY"] = ("foreign-property", "XFIS12345678901"),
        ["UNSPECIFIED"] = ("property-unspecified", "XAIS12345678901"),
    };

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/individuals/business/details/{nino}/list",
            (string nino, HttpContext context, ApiPipeline pipeline, BusinessDetailsEndpoints endpoints) =>
                pipeline.RunAsync(context, List, nino, call => Task.FromResult(endpoints.ListBusinesses(call, nino))));
        routes.MapGet("/individuals/business/details/{nino}/{businessId}",
            (string nino, string businessId, HttpContext context, ApiPipeline pipeline, BusinessDetailsEndpoints endpoints) =>
                pipeline.RunAsync(context, Retrieve, nino,
                    call => Task.FromResult(endpoints.RetrieveBusiness(call, nino, businessId))));
    }

    private ApiOutcome ListBusinesses(ApiCall call, string nino)
    {
        // HMRC's sandbox returns data not tied to the user by default: one canned self-employment.
        // The emulator returns the signed-in test user's own businesses instead, so the app shows
        // the businesses of the user who granted authority.
        var scenario = call.SelectScenario(name => ApiOutcome.Ok(BusinessListResponse.From(BusinessScenarios.Find(name)!)));
        if (scenario is not null)
        {
            return scenario;
        }

        var businesses = store.For(nino).ListBusinesses(call.Taxpayer.Businesses);

        return businesses.Count == 0
            ? ApiOutcome.Fail(call.Error("MATCHING_RESOURCE_NOT_FOUND"))
            : ApiOutcome.Ok(BusinessListResponse.From(businesses));
    }

    private ApiOutcome RetrieveBusiness(ApiCall call, string nino, string businessId)
    {
        if (!BusinessId.IsValid(businessId))
        {
            return ApiOutcome.Fail(call.Error("FORMAT_BUSINESS_ID"));
        }

        var scenario = call.SelectScenario(name => ApiOutcome.Ok(ScenarioExample(name, businessId)));
        if (scenario is not null)
        {
            return scenario;
        }

        var business = store.For(nino).ListBusinesses(call.Taxpayer.Businesses)
            .FirstOrDefault(b => b.BusinessId == businessId);

        return business is null
            ? ApiOutcome.Fail(call.Error("NO_BUSINESS_FOUND"))
            : ApiOutcome.Ok(Describe(business, TaxYear.Containing(call.Today)));
    }

    private static JsonNode ScenarioExample(string scenario, string businessId)
    {
        var example = SpecExamples.Load("business-details/retrieve.json");
        var (type, id) = RetrieveScenarioBusinesses.GetValueOrDefault(scenario, ("self-employment", businessId));
        example["typeOfBusiness"] = type;
        example["businessId"] = id;

        return example;
    }

    private static JsonObject Describe(Business business, TaxYear currentYear)
    {
        var details = new JsonObject
        {
            ["businessId"] = business.BusinessId,
            ["typeOfBusiness"] = business.TypeOfBusiness,
        };
        if (business.TradingType is not null)
        {
            details["tradingType"] = business.TradingType;
        }

        if (business.TradingName is not null)
        {
            details["tradingName"] = business.TradingName;
        }

        // Income sources under MTD have one accounting period a year, from 6 April to 5 April.
        details["accountingPeriods"] = new JsonArray(new JsonObject
        {
            ["start"] = Format(currentYear.FirstDay),
            ["end"] = Format(currentYear.LastDay),
        });
        if (business.CommencementDate is { } commenced)
        {
            details["commencementDate"] = Format(commenced);
        }

        return details;
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
