namespace MtdIncomeTax.Hmrc.Tokens;

/// <summary>
/// A connection's grant as the token manager uses it: decrypted tokens, their expiry and the
/// concurrency version that a lease claim must match. ToString hides the tokens.
/// </summary>
public sealed record StoredGrant(
    Guid ConnectionId,
    bool IsActive,
    string? AccessToken,
    string? RefreshToken,
    DateTimeOffset AccessTokenExpiresAt,
    int RefreshFailureCount,
    DateTimeOffset? RetryRefreshAfter,
    Guid Version)
{
    public override string ToString() =>
        $"StoredGrant {{ ConnectionId = {ConnectionId}, IsActive = {IsActive}, AccessTokenExpiresAt = {AccessTokenExpiresAt}, Version = {Version} }}";
}
