
namespace MtdIncomeTax.Hmrc.Api.BusinessDetails;

/// <summary>Typed client for HMRC's Business Details (MTD) API, version 2.0.</summary>
public sealed class BusinessDetailsClient(HttpClient httpClient)
{
    public const string Version = "2.0";

    private const string ListEndpoint = "/individuals/business/details/{nino}/list";

    /// <summary>Lists every income source HMRC holds for the NINO (scope read:self-assessment).</summary>
    public Task<HmrcApiResult<BusinessList>> ListAllBusinessesAsync(
        Guid connectionId, Nino nino, CancellationToken cancellationToken)
    {
        var path = $"individuals/business/details/{Uri.EscapeDataString(nino.Value)}/list";
        return HmrcApiCall.GetAsync<BusinessList>(httpClient, connectionId, ListEndpoint, path, cancellationToken);
    }
}
