using System.Net;
using Microsoft.Extensions.Logging;
using MtdIncomeTax.Hmrc.Json;

namespace MtdIncomeTax.Hmrc.Api.Calculations;

/// <summary>
/// Typed client for HMRC's Individual Calculations (MTD) API: version 8.0 by default, 9.0 when
/// Hmrc:Apis:IndividualCalculations:Version sets it. Both versions share these routes.
/// </summary>
public sealed class IndividualCalculationsClient(HttpClient httpClient, ILogger<IndividualCalculationsClient> logger)
{
    private static readonly HmrcOperation Trigger = HmrcOperation.Post(
        "/individuals/calculations/{nino}/self-assessment/{taxYear}/trigger/{calculationType}", HttpStatusCode.Accepted);

    private static readonly HmrcOperation List = HmrcOperation.Get("/individuals/calculations/{nino}/self-assessment/{taxYear}");

    private static readonly HmrcOperation Retrieve = HmrcOperation.Get(
        "/individuals/calculations/{nino}/self-assessment/{taxYear}/{calculationId}");

    private static readonly HmrcOperation SubmitFinalDeclaration = HmrcOperation.Post(
        "/individuals/calculations/{nino}/self-assessment/{taxYear}/{calculationId}/{calculationType}", HttpStatusCode.NoContent);

    /// <summary>
    /// Starts a tax calculation (in-year, intent-to-finalise or intent-to-amend). HMRC calculates
    /// asynchronously: retrieving it returns 404 MATCHING_RESOURCE_NOT_FOUND until it is ready.
    /// </summary>
    public Task<HmrcApiResult<CalculationTriggered>> TriggerCalculationAsync(
        Guid connectionId, Nino nino, TaxYear taxYear, CalculationType calculationType, CancellationToken cancellationToken)
    {
        var path = HmrcApiPath.Escaped(
            $"individuals/calculations/{nino.Value}/self-assessment/{taxYear.Value}/trigger/{HmrcJson.WireValue(calculationType)}");
        return HmrcApiCall.SendAsync<CalculationTriggered>(httpClient, logger, Trigger, connectionId, path, null, cancellationToken);
    }

    /// <summary>Lists the calculations of a tax year, optionally of one type only (not allowed before 2023-24).</summary>
    public Task<HmrcApiResult<CalculationList>> ListCalculationsAsync(
        Guid connectionId, Nino nino, TaxYear taxYear, CalculationType? filter, CancellationToken cancellationToken)
    {
        var path = HmrcApiPath.WithQuery(
            HmrcApiPath.Escaped($"individuals/calculations/{nino.Value}/self-assessment/{taxYear.Value}"),
            ("calculationType", filter is { } type ? HmrcJson.WireValue(type) : null));
        return HmrcApiCall.SendAsync<CalculationList>(httpClient, logger, List, connectionId, path, null, cancellationToken);
    }

    public Task<HmrcApiResult<Calculation>> RetrieveCalculationAsync(
        Guid connectionId, Nino nino, TaxYear taxYear, CalculationId calculationId, CancellationToken cancellationToken)
    {
        var path = HmrcApiPath.Escaped(
            $"individuals/calculations/{nino.Value}/self-assessment/{taxYear.Value}/{calculationId.Value}");
        return HmrcApiCall.SendAsync<Calculation>(httpClient, logger, Retrieve, connectionId, path, null, cancellationToken);
    }

    /// <summary>
    /// Declares the calculation the person agreed to as final (final-declaration), or confirms an
    /// amendment (confirm-amendment, from 2025-26). The calculation ID must be the one they saw.
    /// </summary>
    public Task<HmrcApiResult<HmrcNoContent>> SubmitFinalDeclarationAsync(
        Guid connectionId,
        Nino nino,
        TaxYear taxYear,
        CalculationId calculationId,
        FinalDeclarationType declarationType,
        CancellationToken cancellationToken)
    {
        var path = HmrcApiPath.Escaped(
            $"individuals/calculations/{nino.Value}/self-assessment/{taxYear.Value}/{calculationId.Value}/{HmrcJson.WireValue(declarationType)}");
        return HmrcApiCall.SendAsync<HmrcNoContent>(
            httpClient, logger, SubmitFinalDeclaration, connectionId, path, null, cancellationToken);
    }
}
