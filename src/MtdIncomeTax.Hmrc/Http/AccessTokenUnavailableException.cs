using MtdIncomeTax.Hmrc.Tokens;

namespace MtdIncomeTax.Hmrc.Http;

/// <summary>
/// Thrown by <see cref="BearerTokenHandler"/> instead of sending a request without a token; the
/// typed clients turn it into an <see cref="Api.HmrcApiError"/>.
/// </summary>
public sealed class AccessTokenUnavailableException(AccessTokenOutcome outcome, string reason)
    : Exception($"No usable HMRC access token ({outcome}): {reason}")
{
    public AccessTokenOutcome Outcome { get; } = outcome;

    public string Reason { get; } = reason;
}
