using System.Text.RegularExpressions;

namespace MtdIncomeTax.Emulator.Api;

/// <summary>National Insurance number rules as HMRC's Income Tax APIs apply them.</summary>
internal static partial class Nino
{
    private static readonly string[] ExcludedPrefixes = ["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"];

    /// <summary>
    /// True when the value matches HMRC's NINO pattern (upper case, an optional suffix A to D
    /// or a space) and does not start with a prefix that is never issued.
    /// </summary>
    public static bool IsValid(string value) =>
        NinoPattern().IsMatch(value)
        && !ExcludedPrefixes.Any(prefix => value.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>Masks all but the first two and the last character, for logs.</summary>
    public static string Mask(string value) =>
        value.Length <= 3 ? new string('*', value.Length) : value[..2] + new string('*', value.Length - 3) + value[^1];

    [GeneratedRegex(
        "^([ACEHJLMOPRSWXY][A-CEGHJ-NPR-TW-Z]|B[A-CEHJ-NPR-TW-Z]|G[ACEGHJ-NPR-TW-Z]|[KT][A-CEGHJ-MPR-TW-Z]" +
        "|N[A-CEGHJL-NPR-SW-Z]|Z[A-CEGHJ-NPR-TW-Y])[0-9]{6}[A-D ]?$")]
    private static partial Regex NinoPattern();
}
