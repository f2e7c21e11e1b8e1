namespace MtdIncomeTax.Hmrc.Api.AgentAuthorisation;

/// <summary>
/// What an agent sends to ask an Income Tax client for authority: the client's NINO, the postcode
/// HMRC holds for them (normalised before sending, see <see cref="KnownFactPostcode"/>) and the
/// agent type asked for.
/// </summary>
public sealed record InvitationRequest(Nino ClientId, string Postcode, AgentType AgentType);
