using Microsoft.Extensions.Logging;

namespace MtdIncomeTax.Hmrc.Api.BusinessDetails;

/// <summary>Typed client for HMRC's Business Details (MTD) API, version 2.0 by default.</summary>
public sealed class BusinessDetailsClient(HttpClient httpClient, ILogger<BusinessDetailsClient> logger)
{
    private static readonly HmrcOperation ListAllBusinesses = HmrcOperation.Get("/individuals/business/details/{nino}/list");
    private static readonly HmrcOperation RetrieveBusinessDetails = HmrcOperation.Get("/individuals/business/details/{nino}/{businessId}");

    /// <summary>Lists every income source HMRC holds for the NINO (scope read:self-assessment).</summary>
    public Task<HmrcApiResult<BusinessList>> ListAllBusinessesAsync(
        Guid connectionId, Nino nino, CancellationToken cancellationToken)
    {
        var path = HmrcApiPath.Escaped($"individuals/business/details/{nino.Value}/list");
        return HmrcApiCall.SendAsync<BusinessList>(httpClient, logger, ListAllBusinesses, connectionId, path, null, cancellationToken);
    }

    /// <summary>Retrieves one income source with its accounting periods, latency and quarterly period type.</summary>
    public Task<HmrcApiResult<BusinessDetails>> RetrieveBusinessDetailsAsync(
        Guid connectionId, Nino nino, BusinessId businessId, CancellationToken cancellationToken)
    {
        var path = HmrcApiPath.Escaped($"individuals/business/details/{nino.Value}/{businessId.Value}");
        return HmrcApiCall.SendAsync<BusinessDetails>(
            httpClient, logger, RetrieveBusinessDetails, connectionId, path, null, cancellationToken);
    }
}
