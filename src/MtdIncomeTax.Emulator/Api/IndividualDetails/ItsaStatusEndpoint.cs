using System.Text.Json.Nodes;
using MtdIncomeTax.Emulator.Api.Calculations;
using MtdIncomeTax.Emulator.Api.Pipeline;
using MtdIncomeTax.Emulator.State;

namespace MtdIncomeTax.Emulator.Api.IndividualDetails;

/// <summary>
/// Self Assessment Individual Details 2.0, Retrieve ITSA Status: GET
/// /individuals/person/itsa-status/{nino}/{taxYear}?futureYears=&amp;history=. Individuals are
/// "MTD Mandated" from 2025-26 unless Test Support set another status.
/// </summary>
internal sealed class ItsaStatusEndpoint(TaxpayerStore store)
{
    public static readonly ApiEndpoint Retrieve = new(
        HmrcApis.IndividualDetails,
        HttpMethods.Get,
        new ScenarioTable()
            .Error("NOT_FOUND", "MATCHING_RESOURCE_NOT_FOUND")
            .Error("NOT_ENROLLED", "CLIENT_NOT_MTD_ENROLLED"));

    // The day the seeded individuals signed up, before the first mandated year.
    private static readonly DateTimeOffset SignedUpOn = new(2025, 1, 6, 9, 0, 0, TimeSpan.Zero);

    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/individuals/person/itsa-status/{nino}/{taxYear}",
            (string nino, string taxYear, HttpContext context, ApiPipeline pipeline, ItsaStatusEndpoint endpoint) =>
                pipeline.RunAsync(context, Retrieve, nino,
                    call => Task.FromResult(endpoint.RetrieveStatus(call, nino, taxYear))));

    private ApiOutcome RetrieveStatus(ApiCall call, string nino, string taxYearText)
    {
        var errors = new List<ApiError>();
        var taxYear = PathParameters.ParseTaxYear(taxYearText, call.Endpoint.Api, errors);
        var futureYears = ParseFlag(call, "futureYears", "FORMAT_FUTURE_YEARS", errors);
        var history = ParseFlag(call, "history", "FORMAT_HISTORY", errors);
        if (errors.Count > 0)
        {
            return ApiOutcome.Fail(errors);
        }

        var scenario = call.SelectScenario();
        if (scenario is not null)
        {
            return scenario;
        }

        // With futureYears HMRC adds the years after the one asked for; the emulator adds those up to next year.
        var state = store.For(nino);
        var lastYear = futureYears ? TaxYear.Containing(call.Today).Next : taxYear!.Value;
        var statuses = new JsonArray();
        for (var year = taxYear!.Value; year <= lastYear; year = year.Next)
        {
            var details = state.FindItsaStatus(year) ?? Seeded(year);
            var shown = history ? details : details.OrderByDescending(d => d.SubmittedOn).Take(1);
            statuses.Add(new JsonObject
            {
                ["taxYear"] = year.ToString(),
                ["itsaStatusDetails"] = new JsonArray([.. shown.Select(ToJson)]),
            });
        }

        return ApiOutcome.Ok(new JsonObject { ["itsaStatuses"] = statuses });
    }

    private static List<ItsaStatusDetail> Seeded(TaxYear year) => year >= TaxYear.FirstCumulative
        ? [new ItsaStatusDetail(SignedUpOn, "MTD Mandated", "Sign up - return available", null)]
        : [new ItsaStatusDetail(SignedUpOn, "No Status", "Sign up - no return available", null)];

    private static JsonObject ToJson(ItsaStatusDetail detail)
    {
        var json = new JsonObject
        {
            ["submittedOn"] = CalculationDocument.Timestamp(detail.SubmittedOn),
            ["status"] = detail.Status,
            ["statusReason"] = detail.StatusReason,
        };
        if (detail.BusinessIncome2YearsPrior is { } income)
        {
            json["businessIncome2YearsPrior"] = income;
        }

        return json;
    }

    private static bool ParseFlag(ApiCall call, string name, string errorCode, List<ApiError> errors)
    {
        if (!call.Query.TryGetValue(name, out var value))
        {
            return false;
        }

        if (value.ToString() is not ("true" or "false"))
        {
            errors.Add(call.Error(errorCode));
        }

        return value.ToString() == "true";
    }
}
