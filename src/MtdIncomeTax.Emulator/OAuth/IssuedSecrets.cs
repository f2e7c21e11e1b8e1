namespace MtdIncomeTax.Emulator.OAuth;

/// <summary>Every secret value the emulator has issued, listed for end-to-end leak checks.</summary>
internal sealed record IssuedSecrets(
    IReadOnlyList<string> AccessTokens,
    IReadOnlyList<string> RefreshTokens,
    IReadOnlyList<string> AuthorizationCodes);
