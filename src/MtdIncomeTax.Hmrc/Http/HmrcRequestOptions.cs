namespace MtdIncomeTax.Hmrc.Http;

/// <summary>Per-request values that the HMRC message handlers read.</summary>
public static class HmrcRequestOptions
{
    /// <summary>The stored connection whose access token authorises the request.</summary>
    public static readonly HttpRequestOptionsKey<Guid> ConnectionId = new("MtdIncomeTax.Hmrc.ConnectionId");

    /// <summary>The endpoint's path template, e.g. /individuals/business/details/{nino}/list, used in logs instead of the real path.</summary>
    public static readonly HttpRequestOptionsKey<string> Endpoint = new("MtdIncomeTax.Hmrc.Endpoint");

    /// <summary>The API version for this request alone, e.g. "2.0", sent instead of the configured one.</summary>
    public static readonly HttpRequestOptionsKey<string> ApiVersion = new("MtdIncomeTax.Hmrc.ApiVersion");
}
