using System.Text.RegularExpressions;

namespace MtdIncomeTax.Emulator.Api;

/// <summary>HMRC's business ID (income source ID) format, upper case only.</summary>
internal static partial class BusinessId
{
    public static bool IsValid(string value) => Pattern().IsMatch(value);

    [GeneratedRegex("^X[A-Z0-9]IS[0-9]{11}$")]
    private static partial Regex Pattern();
}
