using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MtdIncomeTax.ContractTests.Specs;

/// <summary>
/// Compares a spec example with the JSON our model writes back: the same members, numbers equal as
/// decimals, timestamps equal as instants (our models write "+00:00" where HMRC writes "Z").
/// </summary>
public static class JsonEquivalence
{
    /// <summary>The differences, each with its JSON pointer; empty when equivalent.</summary>
    public static IReadOnlyList<string> Differences(JsonNode? expected, JsonNode? actual)
    {
        var differences = new List<string>();
        Compare(expected, actual, "", differences);
        return differences;
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string pointer, List<string> differences)
    {
        switch (expected)
        {
            case null when actual is null:
                return;
            case JsonObject expectedObject when actual is JsonObject actualObject:
                foreach (var (name, value) in expectedObject)
                {
                    if (!actualObject.TryGetPropertyValue(name, out var actualValue) && value is not null)
                    {
                        differences.Add($"{pointer}/{name} is missing");
                        continue;
                    }

                    Compare(value, actualValue, $"{pointer}/{name}", differences);
                }

                differences.AddRange(actualObject
                    .Where(pair => pair.Value is not null && !expectedObject.ContainsKey(pair.Key))
                    .Select(pair => $"{pointer}/{pair.Key} was added"));
                return;
            case JsonArray expectedArray when actual is JsonArray actualArray && expectedArray.Count == actualArray.Count:
                for (var index = 0; index < expectedArray.Count; index++)
                {
                    Compare(expectedArray[index], actualArray[index], $"{pointer}/{index}", differences);
                }

                return;
            case JsonValue expectedValue when actual is JsonValue actualValue && SameValue(expectedValue, actualValue):
                return;
            default:
                differences.Add($"{pointer}: expected {expected?.ToJsonString() ?? "null"}, found {actual?.ToJsonString() ?? "nothing"}");
                return;
        }
    }

    private static bool SameValue(JsonValue expected, JsonValue actual)
    {
        if (expected.ToJsonString() == actual.ToJsonString())
        {
            return true;
        }

        if (AsDecimal(expected) is { } expectedNumber && AsDecimal(actual) is { } actualNumber)
        {
            return expectedNumber == actualNumber;
        }

        return expected.GetValueKind() == JsonValueKind.String
            && actual.GetValueKind() == JsonValueKind.String
            && DateTimeOffset.TryParse(expected.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var expectedTime)
            && DateTimeOffset.TryParse(actual.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var actualTime)
            && expectedTime == actualTime;
    }

    // HMRC publishes one amount as a string ("236.89"), which reads and writes back as a number.
    private static decimal? AsDecimal(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.Number => value.GetValue<decimal>(),
        JsonValueKind.String when decimal.TryParse(value.GetValue<string>(), NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            && value.GetValue<string>().Any(char.IsDigit) && !value.GetValue<string>().Contains('-', StringComparison.Ordinal) => number,
        _ => null,
    };
}
