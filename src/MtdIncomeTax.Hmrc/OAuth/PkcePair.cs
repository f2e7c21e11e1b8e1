using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Duende.IdentityModel;

namespace MtdIncomeTax.Hmrc.OAuth;

/// <summary>
/// A PKCE code verifier and its S256 challenge (RFC 7636 §4.1–4.2). The verifier is a secret:
/// it is stored encrypted and sent only to the token endpoint.
/// </summary>
public sealed record PkcePair(string Verifier, string Challenge)
{
    public const string ChallengeMethod = "S256";

    /// <summary>Creates a pair whose verifier is 43 base64url characters from 32 random bytes.</summary>
    public static PkcePair Create()
    {
        var verifier = CryptoRandom.CreateUniqueId(32, CryptoRandom.OutputFormat.Base64Url);
        return new PkcePair(verifier, ChallengeFor(verifier));
    }

    public static string ChallengeFor(string verifier) =>
        Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    public override string ToString() => $"PkcePair {{ Challenge = {Challenge} }}";
}
