using Microsoft.Extensions.Logging;

namespace MtdIncomeTax.Hmrc.Api.IndividualDetails;

/// <summary>Typed client for HMRC's Self Assessment Individual Details (MTD) API, version 2.0 by default.</summary>
public sealed class IndividualDetailsClient(HttpClient httpClient, ILogger<IndividualDetailsClient> logger)
{
    private static readonly HmrcOperation RetrieveItsaStatus = HmrcOperation.Get("/individuals/person/itsa-status/{nino}/{taxYear}");

    /// <summary>
    /// Retrieves the person's ITSA status for the tax year, which decides between quarterly and
    /// annual updates. futureYears adds the following years; history adds earlier statuses of each year.
    /// </summary>
    public Task<HmrcApiResult<ItsaStatusResponse>> RetrieveItsaStatusAsync(
        Guid connectionId, Nino nino, TaxYear taxYear, bool futureYears, bool history, CancellationToken cancellationToken)
    {
        var path = HmrcApiPath.WithQuery(
            HmrcApiPath.Escaped($"individuals/person/itsa-status/{nino.Value}/{taxYear.Value}"),
            ("futureYears", futureYears ? "true" : "false"),
            ("history", history ? "true" : "false"));
        return HmrcApiCall.SendAsync<ItsaStatusResponse>(httpClient, logger, RetrieveItsaStatus, connectionId, path, null, cancellationToken);
    }
}
