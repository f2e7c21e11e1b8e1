namespace MtdIncomeTax.Emulator.OAuth;

/// <summary>A validated request to /oauth/authorize. CodeChallenge is null when PKCE is not used.</summary>
internal sealed record AuthorizationRequest(
    string ClientId,
    string RedirectUri,
    IReadOnlyList<string> Scopes,
    string? State,
    string? CodeChallenge);
