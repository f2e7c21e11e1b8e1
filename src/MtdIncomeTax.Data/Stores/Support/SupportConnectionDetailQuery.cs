using Microsoft.EntityFrameworkCore;

namespace MtdIncomeTax.Data.Stores.Support;

/// <summary>Reads one connection, its history and its recent HMRC calls for support staff, newest first.</summary>
public sealed class SupportConnectionDetailQuery(MtdIncomeTaxDbContext db, TimeProvider timeProvider)
{
    public const int TimelineLimit = 100;
    public const int RecentCallLimit = 50;

    public Task<SupportConnectionDetail?> FindAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        // A grant past its end shows as Expired even before the hourly sweep records it.
        var now = timeProvider.GetUtcNow();
        return db.HmrcConnections.AsNoTracking()
            .Where(connection => connection.Id == connectionId)
            .Select(connection => new SupportConnectionDetail(
                connection.Id,
                connection.Owner!.Name,
                connection.Owner.Email,
                connection.Kind,
                connection.Environment,
                connection.Status != Entities.ConnectionStatus.Disconnected && connection.GrantExpiresAt <= now
                    ? Entities.ConnectionStatus.Expired
                    : connection.Status,
                SupportConnectionQuery.MaskNino(connection.Nino),
                connection.Arn,
                connection.Scopes,
                connection.ProtectedAccessToken != null || connection.ProtectedRefreshToken != null,
                connection.GrantedAt,
                connection.GrantExpiresAt,
                connection.AccessTokenExpiresAt,
                connection.LastRefreshedAt,
                connection.LastRefreshOutcome,
                connection.RefreshFailureCount,
                connection.RetryRefreshAfter,
                connection.DisconnectedAt,
                connection.CreatedAt,
                connection.UpdatedAt)
            {
                PracticeName = connection.Practice != null ? connection.Practice.Name : null,
            })
            .SingleOrDefaultAsync(cancellationToken);
    }

    public Task<int> CountAuditEventsAsync(Guid connectionId, CancellationToken cancellationToken) =>
        db.AuditEvents.CountAsync(audit => audit.ConnectionId == connectionId, cancellationToken);

    /// <summary>Lists the latest <see cref="TimelineLimit"/> events, with the name of the person who acted.</summary>
    public async Task<IReadOnlyList<SupportAuditEntry>> ListAuditEventsAsync(
        Guid connectionId,
        CancellationToken cancellationToken)
    {
        var events =
            from audit in db.AuditEvents.AsNoTracking()
            where audit.ConnectionId == connectionId
            join user in db.Users on audit.ActorUserId equals (Guid?)user.Id into actors
            from actor in actors.DefaultIfEmpty()
            orderby audit.OccurredAt descending, audit.Id descending
            select new SupportAuditEntry(audit.OccurredAt, audit.Kind, actor.Name, audit.Detail, audit.CorrelationId);

        return await events.Take(TimelineLimit).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<SupportApiCallEntry>> ListRecentCallsAsync(
        Guid connectionId,
        CancellationToken cancellationToken) =>
        await db.HmrcApiCalls.AsNoTracking()
            .Where(call => call.ConnectionId == connectionId)
            .OrderByDescending(call => call.OccurredAt)
            .ThenByDescending(call => call.Id)
            .Take(RecentCallLimit)
            .Select(call => new SupportApiCallEntry(
                call.OccurredAt,
                call.Method,
                call.Endpoint,
                call.StatusCode,
                call.HmrcCode,
                call.CorrelationId,
                call.DurationMs))
            .ToListAsync(cancellationToken);
}
