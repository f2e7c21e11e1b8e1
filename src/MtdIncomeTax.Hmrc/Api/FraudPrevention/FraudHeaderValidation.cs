namespace MtdIncomeTax.Hmrc.Api.FraudPrevention;

/// <summary>
/// The Test Fraud Prevention Headers API's verdict on one request: code VALID_HEADERS,
/// POTENTIALLY_INVALID_HEADERS (warnings only) or INVALID_HEADERS (at least one error).
/// HMRC leaves out an empty list of errors or warnings, so both default to null when reading.
/// </summary>
public sealed record FraudHeaderValidation(
    string SpecVersion,
    string Code,
    string Message,
    IReadOnlyList<FraudHeaderIssue>? Errors = null,
    IReadOnlyList<FraudHeaderIssue>? Warnings = null)
{
    public const string Valid = "VALID_HEADERS";
    public const string PotentiallyInvalid = "POTENTIALLY_INVALID_HEADERS";
    public const string Invalid = "INVALID_HEADERS";
}
