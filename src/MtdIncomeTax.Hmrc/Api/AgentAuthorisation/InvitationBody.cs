namespace MtdIncomeTax.Hmrc.Api.AgentAuthorisation;

/// <summary>The body of POST /agents/{arn}/invitations for Income Tax (AgentsInvitationsITSARequest).</summary>
internal sealed record InvitationBody(
    string Service, string ClientType, string ClientIdType, string ClientId, string KnownFact, AgentType AgentType);
