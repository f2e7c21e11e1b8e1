namespace MtdIncomeTax.Hmrc;

/// <summary>An access token for a connection, or the reason there is none. ToString hides the token.</summary>
public sealed record AccessTokenLookup(string? AccessToken, string? Reason)
{
    public static AccessTokenLookup Found(string accessToken) => new(accessToken, null);

    public static AccessTokenLookup Missing(string reason) => new(null, reason);

    public override string ToString() => AccessToken is null ? $"AccessTokenLookup {{ Reason = {Reason} }}" : "AccessTokenLookup { Found }";
}
