namespace MtdIncomeTax.Hmrc.Api.AgentAuthorisation;

/// <summary>
/// The body of POST /agents/{arn}/relationships for Income Tax (CheckRelationshipITSARequest). HMRC
/// checks the main agent relationship when the agent type is left out.
/// </summary>
internal sealed record RelationshipCheckBody(string Service, string ClientIdType, string ClientId, string KnownFact, AgentType? AgentType);
