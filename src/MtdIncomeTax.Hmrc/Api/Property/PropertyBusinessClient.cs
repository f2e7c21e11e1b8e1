using System.Net;
using Microsoft.Extensions.Logging;

namespace MtdIncomeTax.Hmrc.Api.Property;

/// <summary>Typed client for HMRC's Property Business (MTD) API, version 6.0 by default.</summary>
public sealed class PropertyBusinessClient(HttpClient httpClient, ILogger<PropertyBusinessClient> logger)
{
    private const string UkCumulativeEndpoint = "/individuals/business/property/uk/{nino}/{businessId}/cumulative/{taxYear}";

    private static readonly HmrcOperation CreateOrAmendUkCumulative = HmrcOperation.Put(UkCumulativeEndpoint, HttpStatusCode.NoContent);
    private static readonly HmrcOperation RetrieveUkCumulative = HmrcOperation.Get(UkCumulativeEndpoint);

    /// <summary>
    /// Sends the year-to-date totals of a UK property business for tax year 2025-26 or later. Each
    /// submission replaces the previous one for the year.
    /// </summary>
    public Task<HmrcApiResult<HmrcNoContent>> CreateOrAmendUkPropertyCumulativeSummaryAsync(
        Guid connectionId,
        Nino nino,
        BusinessId businessId,
        TaxYear taxYear,
        UkPropertyCumulativeSummary summary,
        CancellationToken cancellationToken) =>
        HmrcApiCall.SendAsync<HmrcNoContent>(
            httpClient, logger, CreateOrAmendUkCumulative, connectionId, UkCumulativePath(nino, businessId, taxYear), summary, cancellationToken);

    public Task<HmrcApiResult<UkPropertyCumulativeSummaryResponse>> RetrieveUkPropertyCumulativeSummaryAsync(
        Guid connectionId, Nino nino, BusinessId businessId, TaxYear taxYear, CancellationToken cancellationToken) =>
        HmrcApiCall.SendAsync<UkPropertyCumulativeSummaryResponse>(
            httpClient, logger, RetrieveUkCumulative, connectionId, UkCumulativePath(nino, businessId, taxYear), null, cancellationToken);

    private static string UkCumulativePath(Nino nino, BusinessId businessId, TaxYear taxYear) =>
        HmrcApiPath.Escaped($"individuals/business/property/uk/{nino.Value}/{businessId.Value}/cumulative/{taxYear.Value}");
}
