namespace MtdIncomeTax.Hmrc.Api.AgentAuthorisation;

/// <summary>
/// The body of PUT /agents/{arn}/deauthorise-client for Income Tax (DeauthoriseClientITSARequest).
/// HMRC ends the main agent relationship when the agent type is left out.
/// </summary>
internal sealed record DeauthorisationBody(string Service, string ClientType, string ClientIdType, string ClientId, AgentType? AgentType);
