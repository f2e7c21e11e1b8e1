namespace MtdIncomeTax.Emulator.OAuth;

/// <summary>What an authorization code stands for, kept until the code is exchanged or expires.</summary>
internal sealed record IssuedCode(
    string ClientId,
    string RedirectUri,
    string UserId,
    IReadOnlyList<string> Scopes,
    string? CodeChallenge,
    DateTimeOffset ExpiresAt);
