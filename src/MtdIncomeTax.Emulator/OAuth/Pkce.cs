using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace MtdIncomeTax.Emulator.OAuth;

/// <summary>Proof Key for Code Exchange with the S256 method (RFC 7636), the only method HMRC accepts.</summary>
internal static partial class Pkce
{
    public const string S256 = "S256";

    /// <summary>True when the verifier has 43 to 128 unreserved characters (RFC 7636 section 4.1).</summary>
    public static bool IsWellFormedVerifier(string verifier) => VerifierPattern().IsMatch(verifier);

    public static bool Matches(string verifier, string challenge)
    {
        var computed = Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

        return CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(computed), Encoding.ASCII.GetBytes(challenge));
    }

    [GeneratedRegex("^[A-Za-z0-9._~-]{43,128}$")]
    private static partial Regex VerifierPattern();
}
