namespace MtdIncomeTax.Data.Entities;

/// <summary>The state of the practice's authorisation for a client, as last read from HMRC.</summary>
public enum ClientRelationshipStatus
{
    NotRequested = 1,

    /// <summary>An authorisation request waits for the client; it expires on <see cref="AgentClient.InvitationExpiresOn"/>.</summary>
    Pending = 2,

    Authorised = 3,

    Rejected = 4,

    Expired = 5,

    Cancelled = 6,

    Deauthorised = 7,

    /// <summary>HMRC rejected a call for this client, for the reason in <see cref="AgentClient.StatusReason"/>.</summary>
    NeedsAttention = 8,
}
