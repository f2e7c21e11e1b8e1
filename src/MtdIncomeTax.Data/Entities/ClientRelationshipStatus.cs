namespace MtdIncomeTax.Data.Entities;

/// <summary>Where the practice stands with a client's authorisation, as last learnt from HMRC.</summary>
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

    /// <summary>HMRC refused a call for this client; <see cref="AgentClient.StatusReason"/> says why.</summary>
    NeedsAttention = 8,
}
