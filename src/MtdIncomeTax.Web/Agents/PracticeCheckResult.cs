namespace MtdIncomeTax.Web.Agents;

/// <summary>What the Agent Authorisation API reported about the practice's new grant and ARN.</summary>
public enum PracticeCheckResult
{
    /// <summary>HMRC listed the practice's requests: the grant is an agent services account's and the ARN is its own.</summary>
    Confirmed,

    /// <summary>The practice has no active grant, or no ARN, so HMRC was not asked.</summary>
    NotLinked,

    /// <summary>NOT_AN_AGENT or AGENT_NOT_SUBSCRIBED: the grant came from an account that is not an agent services account. The grant is ended.</summary>
    NotAnAgentAccount,

    /// <summary>NO_PERMISSION_ON_AGENCY: the ARN is not the one of the account that granted authority.</summary>
    WrongArn,

    /// <summary>HMRC did not respond or failed; the link stays and can be checked again.</summary>
    Failed,
}
