using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using MtdIncomeTax.Hmrc.Json;

namespace MtdIncomeTax.Hmrc;

/// <summary>
/// HMRC's identifier of one business income source, such as XAIS12345678901. HMRC's APIs accept
/// only upper case in a path or query, so the input is trimmed and upper-cased.
/// </summary>
[JsonConverter(typeof(BusinessIdJsonConverter))]
public sealed partial record BusinessId
{
    private BusinessId(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? input, [NotNullWhen(true)] out BusinessId? businessId)
    {
        businessId = null;
        var candidate = input?.Trim().ToUpperInvariant();
        if (candidate is null || !BusinessIdPattern().IsMatch(candidate))
        {
            return false;
        }

        businessId = new BusinessId(candidate);
        return true;
    }

    public static BusinessId Parse(string input) =>
        TryParse(input, out var businessId)
            ? businessId
            : throw new FormatException($"'{input}' is not a business ID such as XAIS12345678901.");

    public override string ToString() => Value;

    [GeneratedRegex("^X[A-Z0-9]IS[0-9]{11}$")]
    private static partial Regex BusinessIdPattern();
}
