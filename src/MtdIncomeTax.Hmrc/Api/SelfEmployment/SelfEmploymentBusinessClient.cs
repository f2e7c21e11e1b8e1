using System.Net;
using Microsoft.Extensions.Logging;

namespace MtdIncomeTax.Hmrc.Api.SelfEmployment;

/// <summary>Typed client for HMRC's Self-Employment Business (MTD) API, version 5.0 by default.</summary>
public sealed class SelfEmploymentBusinessClient(HttpClient httpClient, ILogger<SelfEmploymentBusinessClient> logger)
{
    private const string CumulativeEndpoint = "/individuals/business/self-employment/{nino}/{businessId}/cumulative/{taxYear}";
    private const string AnnualEndpoint = "/individuals/business/self-employment/{nino}/{businessId}/annual/{taxYear}";

    private static readonly HmrcOperation CreateOrAmendCumulative = HmrcOperation.Put(CumulativeEndpoint, HttpStatusCode.NoContent);
    private static readonly HmrcOperation RetrieveCumulative = HmrcOperation.Get(CumulativeEndpoint);
    private static readonly HmrcOperation CreateOrAmendAnnual = HmrcOperation.Put(AnnualEndpoint, HttpStatusCode.NoContent);
    private static readonly HmrcOperation RetrieveAnnual = HmrcOperation.Get(AnnualEndpoint);

    /// <summary>
    /// Sends the year-to-date totals of a self-employment for tax year 2025-26 or later. Each
    /// submission replaces the previous one for the year.
    /// </summary>
    public Task<HmrcApiResult<HmrcNoContent>> CreateOrAmendCumulativePeriodSummaryAsync(
        Guid connectionId,
        Nino nino,
        BusinessId businessId,
        TaxYear taxYear,
        SelfEmploymentCumulativeSummary summary,
        CancellationToken cancellationToken) =>
        HmrcApiCall.SendAsync<HmrcNoContent>(
            httpClient, logger, CreateOrAmendCumulative, connectionId, CumulativePath(nino, businessId, taxYear), summary, cancellationToken);

    public Task<HmrcApiResult<SelfEmploymentCumulativeSummary>> RetrieveCumulativePeriodSummaryAsync(
        Guid connectionId, Nino nino, BusinessId businessId, TaxYear taxYear, CancellationToken cancellationToken) =>
        HmrcApiCall.SendAsync<SelfEmploymentCumulativeSummary>(
            httpClient, logger, RetrieveCumulative, connectionId, CumulativePath(nino, businessId, taxYear), null, cancellationToken);

    /// <summary>Sends the year-end adjustments, allowances and non-financial details of a self-employment.</summary>
    public Task<HmrcApiResult<HmrcNoContent>> CreateOrAmendAnnualSubmissionAsync(
        Guid connectionId,
        Nino nino,
        BusinessId businessId,
        TaxYear taxYear,
        SelfEmploymentAnnualSubmission submission,
        CancellationToken cancellationToken) =>
        HmrcApiCall.SendAsync<HmrcNoContent>(
            httpClient, logger, CreateOrAmendAnnual, connectionId, AnnualPath(nino, businessId, taxYear), submission, cancellationToken);

    public Task<HmrcApiResult<SelfEmploymentAnnualSubmission>> RetrieveAnnualSubmissionAsync(
        Guid connectionId, Nino nino, BusinessId businessId, TaxYear taxYear, CancellationToken cancellationToken) =>
        HmrcApiCall.SendAsync<SelfEmploymentAnnualSubmission>(
            httpClient, logger, RetrieveAnnual, connectionId, AnnualPath(nino, businessId, taxYear), null, cancellationToken);

    private static string CumulativePath(Nino nino, BusinessId businessId, TaxYear taxYear) =>
        HmrcApiPath.Escaped($"individuals/business/self-employment/{nino.Value}/{businessId.Value}/cumulative/{taxYear.Value}");

    private static string AnnualPath(Nino nino, BusinessId businessId, TaxYear taxYear) =>
        HmrcApiPath.Escaped($"individuals/business/self-employment/{nino.Value}/{businessId.Value}/annual/{taxYear.Value}");
}
