namespace MtdIncomeTax.Hmrc.Api.AgentAuthorisation;

/// <summary>The answer to a relationship check.</summary>
public sealed record RelationshipCheck(RelationshipStatus Status)
{
    public bool IsActive => Status == RelationshipStatus.Active;
}
