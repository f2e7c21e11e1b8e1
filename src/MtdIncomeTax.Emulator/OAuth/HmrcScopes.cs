namespace MtdIncomeTax.Emulator.OAuth;

/// <summary>The HMRC scopes the emulator accepts, each with the wording shown on the grant page.</summary>
internal static class HmrcScopes
{
    public const string ReadSelfAssessment = "read:self-assessment";
    public const string WriteSelfAssessment = "write:self-assessment";
    public const string WriteSentInvitations = "write:sent-invitations";
    public const string ReadSentInvitations = "read:sent-invitations";
    public const string WriteCancelInvitations = "write:cancel-invitations";
    public const string ReadCheckRelationship = "read:check-relationship";
    public const string WriteRelationships = "write:relationships";

    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        [ReadSelfAssessment] = "View your Self Assessment information",
        [WriteSelfAssessment] = "Change your Self Assessment information",
        ["read:self-assessment-assist"] = "View HMRC Assist reports about your Self Assessment",
        ["write:self-assessment-assist"] = "Acknowledge HMRC Assist reports about your Self Assessment",
        [WriteSentInvitations] = "Send authorisation requests to your clients",
        [ReadSentInvitations] = "View the authorisation requests you have sent",
        [WriteCancelInvitations] = "Cancel the authorisation requests you have sent",
        [ReadCheckRelationship] = "Check whether a client has authorised you",
        [WriteRelationships] = "Remove your authorisation to act for a client",
    };

    public static bool IsKnown(string scope) => Descriptions.ContainsKey(scope);

    public static string Describe(string scope) => Descriptions.GetValueOrDefault(scope, scope);

    /// <summary>Splits a space-separated scope parameter into distinct scopes, in request order.</summary>
    public static IReadOnlyList<string> Parse(string? scope) =>
        (scope ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
}
