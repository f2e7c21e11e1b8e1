using System.Diagnostics.CodeAnalysis;

namespace MtdIncomeTax.Hmrc.Tokens;

/// <summary>A usable access token, or why there is none. ToString hides the token.</summary>
public sealed record AccessTokenResult(AccessTokenOutcome Outcome, string? AccessToken, string? Reason)
{
    [MemberNotNullWhen(true, nameof(AccessToken))]
    public bool Succeeded => Outcome == AccessTokenOutcome.Available && AccessToken is not null;

    public static AccessTokenResult Available(string accessToken) => new(AccessTokenOutcome.Available, accessToken, null);

    public static AccessTokenResult Failed(AccessTokenOutcome outcome, string reason) => new(outcome, null, reason);

    public override string ToString() => $"AccessTokenResult {{ Outcome = {Outcome}, Reason = {Reason} }}";
}
