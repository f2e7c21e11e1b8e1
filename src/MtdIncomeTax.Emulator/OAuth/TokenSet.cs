namespace MtdIncomeTax.Emulator.OAuth;

/// <summary>Tokens returned by the token endpoint. RefreshToken is null for application tokens.</summary>
internal sealed record TokenSet(
    string AccessToken,
    string? RefreshToken,
    TimeSpan Lifetime,
    IReadOnlyList<string> Scopes);
