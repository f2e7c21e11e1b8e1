namespace MtdIncomeTax.Emulator.OAuth;

/// <summary>The HMRC scopes the emulator accepts, each with the wording shown on the grant page.</summary>
internal static class HmrcScopes
{
    public const string ReadSelfAssessment = "read:self-assessment";
    public const string WriteSelfAssessment = "write:self-assessment";

    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        [ReadSelfAssessment] = "View your Self Assessment information",
        [WriteSelfAssessment] = "Change your Self Assessment information",
        ["read:self-assessment-assist"] = "View HMRC Assist reports about your Self Assessment",
        ["write:self-assessment-assist"] = "Acknowledge HMRC Assist reports about your Self Assessment",
        ["write:sent-invitations"] = "Send authorisation requests to your clients",
        ["read:sent-invitations"] = "View the authorisation requests you have sent",
        ["write:cancel-invitations"] = "Cancel the authorisation requests you have sent",
        ["read:check-relationship"] = "Check whether a client has authorised you",
        ["write:relationships"] = "Remove your authorisation to act for a client",
    };

    public static bool IsKnown(string scope) => Descriptions.ContainsKey(scope);

    public static string Describe(string scope) => Descriptions.GetValueOrDefault(scope, scope);

    /// <summary>Splits a space-separated scope parameter into distinct scopes, in request order.</summary>
    public static IReadOnlyList<string> Parse(string? scope) =>
        (scope ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
}
