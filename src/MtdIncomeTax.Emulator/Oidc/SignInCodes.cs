using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace MtdIncomeTax.Emulator.Oidc;

/// <summary>
/// The development provider's second factor: after a correct password, a one-time 6-digit code as
/// if sent by email. No email is sent; the sign-in page shows the code. A code works once,
/// for 10 minutes and at most 5 tries.
/// </summary>
internal sealed class SignInCodes(TimeProvider timeProvider)
{
    public const int MaxAttempts = 5;

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, SignInCodeChallenge> _challenges = new(StringComparer.Ordinal);

    public SignInCodeChallenge Start(string subject, string returnUrl)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var challenge = new SignInCodeChallenge(id, subject, code, returnUrl, timeProvider.GetUtcNow() + Lifetime);
        _challenges[id] = challenge;
        return challenge;
    }

    /// <summary>Returns the unexpired challenge with this ID, or null.</summary>
    public SignInCodeChallenge? Find(string? id) =>
        id is not null && _challenges.TryGetValue(id, out var challenge) && challenge.ExpiresAt > timeProvider.GetUtcNow()
            ? challenge
            : null;

    /// <summary>Ends the challenge, so its code cannot be used again.</summary>
    public void End(SignInCodeChallenge challenge) => _challenges.TryRemove(challenge.Id, out _);

    /// <summary>Checks the code in constant time; a challenge that reaches the attempt limit ends.</summary>
    public bool Verify(SignInCodeChallenge challenge, string? code)
    {
        var matches = code is not null && CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(challenge.Code), System.Text.Encoding.ASCII.GetBytes(code.Trim()));
        if (!matches && ++challenge.FailedAttempts >= MaxAttempts)
        {
            End(challenge);
        }

        return matches;
    }
}
