using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using MtdIncomeTax.Emulator.Api.Pipeline;
using MtdIncomeTax.Emulator.Api.Validation;
using MtdIncomeTax.Emulator.State;
using MtdIncomeTax.Emulator.Users;

namespace MtdIncomeTax.Emulator.Api.TestSupport;

/// <summary>
/// Self Assessment Test Support 1.0 under /individuals/self-assessment-test-support: create and
/// delete a test business, create an ITSA status, and delete the stored test data (vendor state)
/// of one NINO or of everyone.
/// </summary>
internal sealed class SelfAssessmentTestSupportEndpoints(TaxpayerStore store, HmrcUserRegistry users)
{
    public static readonly ApiEndpoint CreateBusiness =
        new(HmrcApis.SelfAssessmentTestSupport, HttpMethods.Post, ScenarioTable.None, HasBody: true);

    public static readonly ApiEndpoint DeleteBusiness =
        new(HmrcApis.SelfAssessmentTestSupport, HttpMethods.Delete, ScenarioTable.None);

    public static readonly ApiEndpoint CreateItsaStatus =
        new(HmrcApis.SelfAssessmentTestSupport, HttpMethods.Post, ScenarioTable.None, HasBody: true);

    public static readonly ApiEndpoint DeleteVendorState =
        new(HmrcApis.SelfAssessmentTestSupport, HttpMethods.Delete, ScenarioTable.None);

    private const string Prefix = "/individuals/self-assessment-test-support";

    // The letter after X in a business ID: A for self-employment, P for UK property, F for foreign property.
    private static readonly Dictionary<string, char> BusinessIdLetters = new()
    {
        ["self-employment"] = 'A',
        ["uk-property"] = 'P',
        ["foreign-property"] = 'F',
        ["property-unspecified"] = 'U',
    };

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost(Prefix + "/business/{nino}",
            (string nino, HttpContext context, ApiPipeline pipeline, SelfAssessmentTestSupportEndpoints endpoints) =>
                pipeline.RunAsync(context, CreateBusiness, nino,
                    call => Task.FromResult(endpoints.AddBusiness(call, nino))));
        routes.MapDelete(Prefix + "/business/{nino}/{businessId}",
            (string nino, string businessId, HttpContext context, ApiPipeline pipeline, SelfAssessmentTestSupportEndpoints endpoints) =>
                pipeline.RunAsync(context, DeleteBusiness, nino,
                    call => Task.FromResult(endpoints.RemoveBusiness(call, nino, businessId))));
        routes.MapPost(Prefix + "/itsa-status/{nino}/{taxYear}",
            (string nino, string taxYear, HttpContext context, ApiPipeline pipeline, SelfAssessmentTestSupportEndpoints endpoints) =>
                pipeline.RunAsync(context, CreateItsaStatus, nino,
                    call => Task.FromResult(endpoints.StoreItsaStatus(call, nino, taxYear))));
        routes.MapDelete(Prefix + "/vendor-state",
            (HttpContext context, ApiPipeline pipeline, SelfAssessmentTestSupportEndpoints endpoints) =>
                pipeline.RunAsync(context, DeleteVendorState, nino: null,
                    call => Task.FromResult(endpoints.ClearState(call))));
    }

    private ApiOutcome AddBusiness(ApiCall call, string nino)
    {
        var (body, bodyError) = call.ParseBody();
        var errors = bodyError is null ? BodyValidator.Validate(body, TestBusinessBodies.CreateBusiness, call.Endpoint.Api) : [bodyError];
        if (errors.Count > 0)
        {
            return ApiOutcome.Fail(errors);
        }

        var type = body.GetProperty("typeOfBusiness").GetString()!;
        var seeded = call.Taxpayer.Businesses;
        var ruleError = BusinessRule(call, body, type, store.For(nino).ListBusinesses(seeded));
        if (ruleError is not null)
        {
            return ApiOutcome.Fail(call.Error(ruleError));
        }

        var businessId = "X" + BusinessIdLetters[type] + "IS"
            + string.Concat(Enumerable.Range(0, 11).Select(_ => RandomNumberGenerator.GetInt32(10)));
        var tradingName = body.TryGetProperty("tradingName", out var name) ? name.GetString() : null;
        DateOnly? commenced = body.TryGetProperty("commencementDate", out var date)
            && BodyValidator.TryParseDate(date.GetString(), out var parsed) ? parsed : null;
        store.For(nino).AddBusiness(new Business(type, businessId, TradingName: tradingName, CommencementDate: commenced));

        return ApiOutcome.Created(new JsonObject { ["businessId"] = businessId });
    }

    /// <summary>The rules of a test business: what self-employment needs and property must not have.</summary>
    private static string? BusinessRule(ApiCall call, JsonElement body, string type, IReadOnlyList<Business> existing)
    {
        var selfEmployment = type == "self-employment";
        var hasAddress = body.EnumerateObject().Any(p => p.Name.StartsWith("businessAddress", StringComparison.Ordinal));
        if (selfEmployment && !body.TryGetProperty("tradingName", out _))
        {
            return "RULE_MISSING_TRADING_NAME";
        }

        if (selfEmployment && !body.TryGetProperty("businessAddressLineOne", out _))
        {
            return "RULE_MISSING_BUSINESS_ADDRESS";
        }

        if (!selfEmployment && body.TryGetProperty("tradingName", out _))
        {
            return "RULE_UNEXPECTED_TRADING_NAME";
        }

        if (!selfEmployment && hasAddress)
        {
            return "RULE_UNEXPECTED_BUSINESS_ADDRESS";
        }

        if (body.TryGetProperty("commencementDate", out var date)
            && BodyValidator.TryParseDate(date.GetString(), out var commenced) && commenced >= call.Today)
        {
            return "RULE_COMMENCEMENT_DATE_NOT_SUPPORTED";
        }

        return !selfEmployment && existing.Any(b => b.TypeOfBusiness == type) ? "RULE_PROPERTY_BUSINESS_ADDED" : null;
    }

    private ApiOutcome RemoveBusiness(ApiCall call, string nino, string businessId)
    {
        if (!BusinessId.IsValid(businessId))
        {
            return ApiOutcome.Fail(call.Error("FORMAT_BUSINESS_ID"));
        }

        return store.For(nino).RemoveBusiness(businessId, call.Taxpayer.Businesses)
            ? ApiOutcome.NoContent()
            : ApiOutcome.Fail(call.Error("MATCHING_RESOURCE_NOT_FOUND"));
    }

    private ApiOutcome StoreItsaStatus(ApiCall call, string nino, string taxYearText)
    {
        var errors = new List<ApiError>();
        var taxYear = PathParameters.ParseTaxYear(taxYearText, call.Endpoint.Api, errors);
        var (body, bodyError) = call.ParseBody();
        errors.AddRange(bodyError is null
            ? BodyValidator.Validate(body, TestBusinessBodies.CreateItsaStatus, call.Endpoint.Api)
            : [bodyError]);
        if (errors.Count > 0)
        {
            return ApiOutcome.Fail(errors);
        }

        var details = body.GetProperty("itsaStatusDetails").EnumerateArray().Select(item => new ItsaStatusDetail(
            DateTimeOffset.Parse(item.GetProperty("submittedOn").GetString()!, CultureInfo.InvariantCulture),
            item.GetProperty("status").GetString()!,
            item.GetProperty("statusReason").GetString()!,
            item.TryGetProperty("businessIncome2YearsPrior", out var income) ? income.GetDecimal() : null)).ToList();
        if (details.DistinctBy(d => d.SubmittedOn).Count() != details.Count)
        {
            return ApiOutcome.Fail(call.Error("DUPLICATE_SUBMITTED_ON"));
        }

        store.For(nino).StoreItsaStatus(taxYear!.Value, details);

        return ApiOutcome.NoContent();
    }

    private ApiOutcome ClearState(ApiCall call)
    {
        if (!call.Query.TryGetValue("nino", out var value))
        {
            store.Clear();
            return ApiOutcome.NoContent();
        }

        var nino = value.ToString();
        if (!Nino.IsValid(nino))
        {
            return ApiOutcome.Fail(call.Error("FORMAT_NINO"));
        }

        if (users.FindByNino(nino) is null)
        {
            return ApiOutcome.Fail(call.Error("MATCHING_RESOURCE_NOT_FOUND"));
        }

        store.Clear(nino);

        return ApiOutcome.NoContent();
    }
}
