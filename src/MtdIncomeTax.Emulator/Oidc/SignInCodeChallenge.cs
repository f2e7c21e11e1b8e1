namespace MtdIncomeTax.Emulator.Oidc;

/// <summary>A second-factor step in progress: the person whose password was correct, the code shown for them and where to go next.</summary>
internal sealed record SignInCodeChallenge(string Id, string Subject, string Code, string ReturnUrl, DateTimeOffset ExpiresAt)
{
    public int FailedAttempts { get; set; }
}
