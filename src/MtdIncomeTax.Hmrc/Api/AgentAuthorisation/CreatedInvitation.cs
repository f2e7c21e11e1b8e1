namespace MtdIncomeTax.Hmrc.Api.AgentAuthorisation;

/// <summary>
/// A new authorisation request: its ID and the path HMRC returned in the Location header, such as
/// /agents/AARN1234567/invitations/CS5AK7O8FPC43.
/// </summary>
public sealed record CreatedInvitation(string InvitationId, string Location);
