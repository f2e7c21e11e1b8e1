namespace MtdIncomeTax.Hmrc;

/// <summary>Fixed values of HMRC's API platform.</summary>
public static class HmrcDefaults
{
    public const string ReadSelfAssessment = "read:self-assessment";
    public const string WriteSelfAssessment = "write:self-assessment";
    public const string BusinessScopes = ReadSelfAssessment + " " + WriteSelfAssessment;

    public const string ReadSentInvitations = "read:sent-invitations";
    public const string WriteSentInvitations = "write:sent-invitations";
    public const string WriteCancelInvitations = "write:cancel-invitations";
    public const string ReadCheckRelationship = "read:check-relationship";

    /// <summary>Scope of the Agent Authorisation API's de-authorise endpoint, which exists in version 2.0 only.</summary>
    public const string WriteRelationships = "write:relationships";

    /// <summary>
    /// Scopes an agent grants: the Income Tax scopes, to act for clients, and the Agent Authorisation
    /// API's five, to ask clients for authority, cancel and list requests, and check or end relationships.
    /// </summary>
    public const string AgentScopes = BusinessScopes + " " + ReadSentInvitations + " " + WriteSentInvitations + " "
        + WriteCancelInvitations + " " + ReadCheckRelationship + " " + WriteRelationships;

    /// <summary>HMRC ends a grant 18 months after the person grants authority; the platform counts 547 days.</summary>
    public static readonly TimeSpan GrantLifetime = TimeSpan.FromDays(547);

    /// <summary>Response header HMRC sets on every Income Tax API response, quoted in support cases.</summary>
    public const string CorrelationIdHeader = "X-CorrelationId";

    public const string TokenClientName = "HmrcToken";
}
