using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace MtdIncomeTax.Hmrc.Api.AgentAuthorisation;

/// <summary>
/// An Agent Reference Number, the ID of an agent services account, in HMRC's form: a letter, "ARN"
/// and seven digits, for example AARN1234567.
/// </summary>
[JsonConverter(typeof(ArnJsonConverter))]
public sealed partial record Arn
{
    private Arn(string value) => Value = value;

    public string Value { get; }

    /// <summary>
    /// Parses what a person typed: spaces and hyphens are ignored and letters are upper-cased.
    /// </summary>
    // NOTE: HMRC's own Arn.isValid also checks the first letter as a modulus-23 check character.
    // This type does not, because the API's own example ARN AARN9999999 and the ARNs of the
    // emulator's test agents fail that check.
    public static bool TryParse(string? input, [NotNullWhen(true)] out Arn? arn)
    {
        arn = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }

        var candidate = SeparatorPattern().Replace(input, "").ToUpperInvariant();
        if (!ArnPattern().IsMatch(candidate))
        {
            return false;
        }

        arn = new Arn(candidate);
        return true;
    }

    public static Arn Parse(string input) =>
        TryParse(input, out var arn)
            ? arn
            : throw new FormatException("The value is not an Agent Reference Number such as AARN1234567.");

    public override string ToString() => Value;

    [GeneratedRegex(@"[\s-]")]
    private static partial Regex SeparatorPattern();

    // The pattern of HMRC's Arn model in the agent-authorisation-api service.
    [GeneratedRegex("^[A-Z]ARN[0-9]{7}$")]
    private static partial Regex ArnPattern();
}
