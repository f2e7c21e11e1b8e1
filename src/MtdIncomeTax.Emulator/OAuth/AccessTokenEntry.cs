namespace MtdIncomeTax.Emulator.OAuth;

/// <summary>
/// An issued access token. A user token has the GrantId and UserId of its grant; an application
/// token (client credentials) has neither.
/// </summary>
internal sealed record AccessTokenEntry(
    string ClientId,
    string? GrantId,
    string? UserId,
    IReadOnlyList<string> Scopes,
    DateTimeOffset ExpiresAt)
{
    public bool IsApplicationToken => GrantId is null;
}
