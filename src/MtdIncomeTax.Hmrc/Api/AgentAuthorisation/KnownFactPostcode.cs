using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace MtdIncomeTax.Hmrc.Api.AgentAuthorisation;

/// <summary>
/// The client's postcode as the Agent Authorisation API takes it for the known-fact check: upper
/// case with one space before the inward code (SW1A 2AA), or BFPO and its number (BFPO 123).
/// </summary>
public static partial class KnownFactPostcode
{
    /// <summary>
    /// Normalises what a person typed: any spaces are removed, letters are upper-cased and one
    /// space goes before the last three characters (or after BFPO). Returns false, with a null
    /// postcode, when the result does not have the form HMRC accepts.
    /// </summary>
    public static bool TryNormalise(string? input, [NotNullWhen(true)] out string? postcode)
    {
        postcode = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }

        var compact = WhitespacePattern().Replace(input, "").ToUpperInvariant();
        var candidate = compact.StartsWith("BFPO", StringComparison.Ordinal)
            ? "BFPO " + compact[4..]
            : compact.Length > 3 ? compact[..^3] + " " + compact[^3..] : compact;
        if (!PostcodePattern().IsMatch(candidate))
        {
            return false;
        }

        postcode = candidate;
        return true;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();

    // The API's KnownFactPostcode pattern, with exactly the one space it sends.
    [GeneratedRegex("^(?:[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2}|BFPO [0-9]{1,5})$")]
    private static partial Regex PostcodePattern();
}
