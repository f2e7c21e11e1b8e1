namespace MtdIncomeTax.Emulator.Agents;

/// <summary>
/// An agent's request for a client's authorisation for Income Tax (HMRC's service MTD-IT).
/// It stays Pending until the client accepts or rejects it, the agent cancels it or ExpiresAt passes. Status
/// is the stored status; <see cref="StatusAt"/> applies the expiry, so nothing has to run when
/// an invitation expires. Updated is when the status last changed, and null while Pending.
/// </summary>
internal sealed record Invitation(
    string Id,
    string Arn,
    string Nino,
    AgentType AgentType,
    DateTimeOffset Created,
    DateTimeOffset ExpiresAt,
    InvitationStatus Status = InvitationStatus.Pending,
    DateTimeOffset? Updated = null)
{
    /// <summary>How long a client has to respond: HMRC's authorisation requests expire after 21 days.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(21);

    public bool HasExpired(DateTimeOffset now) => Status == InvitationStatus.Pending && now >= ExpiresAt;

    public InvitationStatus StatusAt(DateTimeOffset now) => HasExpired(now) ? InvitationStatus.Expired : Status;

    public DateTimeOffset? UpdatedAt(DateTimeOffset now) => HasExpired(now) ? ExpiresAt : Updated;
}
