namespace MtdIncomeTax.Data.Entities;

/// <summary>
/// A client on a practice's list, with the practice's latest authorisation request for them and
/// the relationship status HMRC last reported.
/// </summary>
public sealed class AgentClient
{
    public Guid Id { get; set; }

    public Guid PracticeId { get; set; }

    public AgentPractice? Practice { get; set; }

    public required string Name { get; set; }

    /// <summary>The client's NINO in canonical form (upper case, no spaces).</summary>
    public required string Nino { get; set; }

    /// <summary>The client's postcode as HMRC records it, upper case with one space: HMRC's known fact for the NINO.</summary>
    public required string Postcode { get; set; }

    public AgentType AgentType { get; set; }

    public ClientRelationshipStatus Status { get; set; }

    /// <summary>Why the status needs attention, or HMRC's error code behind the last change, in plain words.</summary>
    public string? StatusReason { get; set; }

    public DateTimeOffset StatusChangedAt { get; set; }

    /// <summary>HMRC's id of the latest authorisation request.</summary>
    public string? InvitationId { get; set; }

    /// <summary>The link the client follows to accept the latest request.</summary>
    public string? ClientActionUrl { get; set; }

    public DateTimeOffset? InvitationCreatedAt { get; set; }

    public DateTimeOffset? InvitationExpiresOn { get; set; }

    public DateTimeOffset? LastCheckedAt { get; set; }

    /// <summary>The "check all clients" run that last checked this client, so a resumed run skips it.</summary>
    public Guid? LastCheckRunId { get; set; }

    /// <summary>The name in lower case and the NINO, one per line, for the client list search.</summary>
    public string SearchText { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public Guid ConcurrencyToken { get; set; }
}
