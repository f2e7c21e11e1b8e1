using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using MtdIncomeTax.Hmrc.Json;

namespace MtdIncomeTax.Hmrc;

/// <summary>
/// HMRC's identifier of one tax calculation: eight digits, or a version 1 to 5 UUID in lower case.
/// HMRC's pattern allows only lower-case hex, so the input is trimmed and lower-cased.
/// </summary>
[JsonConverter(typeof(CalculationIdJsonConverter))]
public sealed partial record CalculationId
{
    private CalculationId(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? input, [NotNullWhen(true)] out CalculationId? calculationId)
    {
        calculationId = null;
        var candidate = input?.Trim().ToLowerInvariant();
        if (candidate is null || !CalculationIdPattern().IsMatch(candidate))
        {
            return false;
        }

        calculationId = new CalculationId(candidate);
        return true;
    }

    public static CalculationId Parse(string input) =>
        TryParse(input, out var calculationId)
            ? calculationId
            : throw new FormatException($"'{input}' is not a calculation ID: eight digits or a UUID.");

    public override string ToString() => Value;

    [GeneratedRegex("^(?:[0-9]{8}|[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})$")]
    private static partial Regex CalculationIdPattern();
}
