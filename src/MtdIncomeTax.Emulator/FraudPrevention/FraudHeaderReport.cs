using System.Text.Json.Serialization;

namespace MtdIncomeTax.Emulator.FraudPrevention;

/// <summary>
/// The response body of HMRC's Test Fraud Prevention Headers API: VALID_HEADERS,
/// POTENTIALLY_INVALID_HEADERS when there are warnings only, or INVALID_HEADERS with any error.
/// Empty lists are left out of the JSON, as HMRC leaves them out.
/// </summary>
internal sealed record FraudHeaderReport(
    string SpecVersion,
    string Code,
    string Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<HeaderIssue>? Errors,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<HeaderIssue>? Warnings)
{
    public const string CurrentSpecVersion = "3.3";

    [JsonIgnore]
    public int ErrorCount => Errors?.Count ?? 0;

    [JsonIgnore]
    public int WarningCount => Warnings?.Count ?? 0;

    public static FraudHeaderReport From(IReadOnlyList<HeaderIssue> errors, IReadOnlyList<HeaderIssue> warnings) =>
        (errors.Count, warnings.Count) switch
        {
            (> 0, _) => new(CurrentSpecVersion, "INVALID_HEADERS", "At least 1 header is invalid", errors, warnings.Count > 0 ? warnings : null),
            (0, > 0) => new(CurrentSpecVersion, "POTENTIALLY_INVALID_HEADERS", "At least 1 header is potentially invalid", null, warnings),
            _ => new(CurrentSpecVersion, "VALID_HEADERS", "All headers appear to be valid", null, null),
        };
}
