using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Data.Stores.Support;

/// <summary>One event of a connection's history. ActorName is null when the app acted on its own.</summary>
public sealed record SupportAuditEntry(
    DateTimeOffset OccurredAt,
    AuditEventKind Kind,
    string? ActorName,
    string? Detail,
    string? CorrelationId);
