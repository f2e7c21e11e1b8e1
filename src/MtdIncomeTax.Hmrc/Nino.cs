using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace MtdIncomeTax.Hmrc;

/// <summary>
/// A National Insurance number in HMRC's canonical form: upper case, no spaces, for example AA123456A.
/// </summary>
public sealed partial record Nino
{
    private Nino(string value) => Value = value;

    public string Value { get; }

    /// <summary>The NINO with all but the last four characters hidden, for support views and logs.</summary>
    public string Masked => "*****" + Value[^4..];

    /// <summary>
    /// Parses what a person typed: spaces and hyphens are ignored and letters are upper-cased.
    /// The rules are HMRC's (prefix letters, six digits) plus the suffix letter A to D, which every
    /// issued NINO carries even though HMRC's APIs also accept a NINO without it.
    /// </summary>
    public static bool TryParse(string? input, [NotNullWhen(true)] out Nino? nino)
    {
        nino = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }

        var candidate = SeparatorPattern().Replace(input, "").ToUpperInvariant();
        if (!NinoPattern().IsMatch(candidate) || ExcludedPrefixes.Contains(candidate[..2]))
        {
            return false;
        }

        nino = new Nino(candidate);
        return true;
    }

    public static Nino Parse(string input) =>
        TryParse(input, out var nino)
            ? nino
            : throw new FormatException("The value is not a National Insurance number such as QQ123456C.");

    public override string ToString() => Value;

    // HMRC never issues these prefixes; its APIs reject them with FORMAT_NINO.
    private static readonly HashSet<string> ExcludedPrefixes = ["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"];

    [GeneratedRegex(@"[\s-]")]
    private static partial Regex SeparatorPattern();

    [GeneratedRegex(
        "^([ACEHJLMOPRSWXY][A-CEGHJ-NPR-TW-Z]|B[A-CEHJ-NPR-TW-Z]|G[ACEGHJ-NPR-TW-Z]|[KT][A-CEGHJ-MPR-TW-Z]"
        + "|N[A-CEGHJL-NPR-SW-Z]|Z[A-CEGHJ-NPR-TW-Y])[0-9]{6}[A-D]$")]
    private static partial Regex NinoPattern();
}
