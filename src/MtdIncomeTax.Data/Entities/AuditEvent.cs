namespace MtdIncomeTax.Data.Entities;

/// <summary>One entry of a connection's history. Detail is plain text for support staff and never carries a token.</summary>
public sealed class AuditEvent
{
    public Guid Id { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public AuditEventKind Kind { get; set; }

    public Guid? ConnectionId { get; set; }

    /// <summary>The signed-in person who acted, or null when the app acted on its own (a refresh, a reminder).</summary>
    public Guid? ActorUserId { get; set; }

    public string? Detail { get; set; }

    /// <summary>HMRC's X-CorrelationId when an HMRC call is involved.</summary>
    public string? CorrelationId { get; set; }
}
