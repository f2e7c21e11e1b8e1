namespace MtdIncomeTax.Hmrc.Api.AgentAuthorisation;

/// <summary>The result of a relationship check.</summary>
public sealed record RelationshipCheck(RelationshipStatus Status)
{
    public bool IsActive => Status == RelationshipStatus.Active;
}
