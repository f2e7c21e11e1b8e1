using Microsoft.EntityFrameworkCore;
using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Data.Stores;

/// <summary>Writes a connection's history. Callers pass plain text details and never a token value.</summary>
public sealed class AuditLog(MtdIncomeTaxDbContext db, TimeProvider timeProvider)
{
    public async Task RecordAsync(
        AuditEventKind kind,
        Guid? connectionId,
        Guid? actorUserId,
        string? detail,
        CancellationToken cancellationToken,
        string? correlationId = null)
    {
        db.AuditEvents.Add(new AuditEvent
        {
            Id = Guid.NewGuid(),
            OccurredAt = timeProvider.GetUtcNow(),
            Kind = kind,
            ConnectionId = connectionId,
            ActorUserId = actorUserId,
            Detail = detail is { Length: > 1000 } ? detail[..1000] : detail,
            CorrelationId = correlationId,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Whether the connection's history has an event of this kind with exactly this detail.</summary>
    public Task<bool> ContainsAsync(Guid connectionId, AuditEventKind kind, string detail, CancellationToken cancellationToken) =>
        db.AuditEvents.AnyAsync(
            audit => audit.ConnectionId == connectionId && audit.Kind == kind && audit.Detail == detail, cancellationToken);
}
