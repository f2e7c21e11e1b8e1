namespace MtdIncomeTax.Hmrc.Http;

/// <summary>
/// Thrown by <see cref="BearerTokenHandler"/> instead of sending a request without a token; the
/// typed clients turn it into an <see cref="Api.HmrcApiError"/> with code NO_ACCESS_TOKEN.
/// </summary>
public sealed class AccessTokenUnavailableException(string reason)
    : Exception($"No usable HMRC access token: {reason}")
{
    public string Reason { get; } = reason;
}
