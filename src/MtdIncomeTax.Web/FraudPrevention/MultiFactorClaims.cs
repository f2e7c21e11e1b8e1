using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using MtdIncomeTax.Hmrc.FraudPrevention;
using MtdIncomeTax.Web.Authentication;

namespace MtdIncomeTax.Web.FraudPrevention;

/// <summary>
/// Reads the second factors of the person's sign-in from the identity token's amr claim (RFC 8176
/// authentication method references) and its auth_time. Password-only sign-in yields none, and
/// Gov-Client-Multi-Factor is then left out under HMRC's missing-data rule.
/// </summary>
public static class MultiFactorClaims
{
    public const string AuthenticationMethods = "amr";
    public const string AuthenticationTime = "auth_time";

    /// <summary>
    /// HMRC's factor type for each amr value that is a second factor. "email" is not in RFC 8176,
    /// but providers that send codes by email use it, as our development provider does.
    /// </summary>
    private static readonly Dictionary<string, string> FactorTypes = new(StringComparer.Ordinal)
    {
        ["otp"] = MultiFactorEntry.Totp,
        ["sms"] = MultiFactorEntry.AuthCode,
        ["tel"] = MultiFactorEntry.AuthCode,
        ["email"] = MultiFactorEntry.AuthCode,
        ["hwk"] = MultiFactorEntry.Other,
        ["swk"] = MultiFactorEntry.Other,
        ["sc"] = MultiFactorEntry.Other,
        ["fpt"] = MultiFactorEntry.Other,
        ["face"] = MultiFactorEntry.Other,
    };

    public static IReadOnlyList<MultiFactorEntry> From(ClaimsPrincipal principal)
    {
        var subject = principal.FindFirstValue(AppClaimTypes.Subject);
        var signedInAt = long.TryParse(principal.FindFirstValue(AuthenticationTime), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : (DateTimeOffset?)null;
        if (subject is null || signedInAt is null)
        {
            return [];
        }

        return principal.FindAll(AuthenticationMethods)
            .Select(claim => claim.Value)
            .Distinct(StringComparer.Ordinal)
            .Where(FactorTypes.ContainsKey)
            .Select(method => new MultiFactorEntry(FactorTypes[method], signedInAt.Value, Reference(subject, method)))
            .ToList();
    }

    /// <summary>
    /// A stable reference to one factor of one person: the SHA-256 of the provider's subject and
    /// the method, salted with our product name, so it identifies the factor and reveals neither.
    /// </summary>
    private static string Reference(string subject, string method) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"mtdincometax-factor|{subject}|{method}")));
}
