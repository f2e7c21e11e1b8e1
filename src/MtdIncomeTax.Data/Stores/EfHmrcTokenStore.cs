using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Hmrc.OAuth;
using MtdIncomeTax.Hmrc.Tokens;

namespace MtdIncomeTax.Data.Stores;

/// <summary>
/// Grants in the database for the token manager. Each call uses its own scope, so the store can be
/// shared by every request of the instance. Leases are claimed with a conditional UPDATE on the
/// concurrency token, which SQL Server and SQLite both apply atomically.
/// </summary>
public sealed class EfHmrcTokenStore(IServiceScopeFactory scopeFactory, HmrcTokenProtector protector, TimeProvider timeProvider)
    : IHmrcTokenStore
{
    public async Task<StoredGrant?> GetAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = Db(scope);
        var row = await db.HmrcConnections.AsNoTracking()
            .Where(connection => connection.Id == connectionId)
            .Select(connection => new
            {
                connection.Status,
                connection.ProtectedAccessToken,
                connection.ProtectedRefreshToken,
                connection.AccessTokenExpiresAt,
                connection.GrantExpiresAt,
                connection.RefreshFailureCount,
                connection.RetryRefreshAfter,
                connection.ConcurrencyToken,
            })
            .SingleOrDefaultAsync(cancellationToken);

        if (row is null)
        {
            return null;
        }

        var isActive = row.Status == ConnectionStatus.Active && row.GrantExpiresAt > timeProvider.GetUtcNow();
        return new StoredGrant(
            connectionId,
            isActive,
            row.ProtectedAccessToken is null ? null : protector.UnprotectToken(row.ProtectedAccessToken),
            row.ProtectedRefreshToken is null ? null : protector.UnprotectToken(row.ProtectedRefreshToken),
            row.AccessTokenExpiresAt,
            row.RefreshFailureCount,
            row.RetryRefreshAfter,
            row.ConcurrencyToken);
    }

    public async Task<bool> TryAcquireLeaseAsync(
        Guid connectionId, Guid readVersion, string holder, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var now = timeProvider.GetUtcNow();
        var claimed = await Db(scope).HmrcConnections
            .Where(connection => connection.Id == connectionId
                && connection.ConcurrencyToken == readVersion
                && (connection.LeaseHolder == null || connection.LeaseExpiresAt < now))
            .ExecuteUpdateAsync(
                update => update
                    .SetProperty(connection => connection.LeaseHolder, holder)
                    .SetProperty(connection => connection.LeaseExpiresAt, leaseUntil)
                    .SetProperty(connection => connection.ConcurrencyToken, Guid.NewGuid()),
                cancellationToken);

        return claimed == 1;
    }

    public async Task<bool> SaveRefreshedAsync(Guid connectionId, string holder, HmrcTokenSet tokens, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = Db(scope);
        var now = timeProvider.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var saved = await db.HmrcConnections
            .Where(connection => connection.Id == connectionId
                && connection.LeaseHolder == holder
                && connection.Status == ConnectionStatus.Active)
            .ExecuteUpdateAsync(
                update => update
                    .SetProperty(connection => connection.ProtectedAccessToken, protector.ProtectToken(tokens.AccessToken))
                    .SetProperty(connection => connection.ProtectedRefreshToken, protector.ProtectToken(tokens.RefreshToken))
                    .SetProperty(connection => connection.AccessTokenExpiresAt, now + tokens.ExpiresIn)
                    .SetProperty(connection => connection.LastRefreshedAt, now)
                    .SetProperty(connection => connection.LastRefreshOutcome, "Refreshed")
                    .SetProperty(connection => connection.RefreshFailureCount, 0)
                    .SetProperty(connection => connection.RetryRefreshAfter, (DateTimeOffset?)null)
                    .SetProperty(connection => connection.LeaseHolder, (string?)null)
                    .SetProperty(connection => connection.LeaseExpiresAt, (DateTimeOffset?)null)
                    .SetProperty(connection => connection.UpdatedAt, now)
                    .SetProperty(connection => connection.ConcurrencyToken, Guid.NewGuid()),
                cancellationToken);

        if (saved != 1 && !await db.HmrcConnections.AnyAsync(
                connection => connection.Id == connectionId && connection.Status == ConnectionStatus.Active, cancellationToken))
        {
            return false;
        }

        if (saved != 1)
        {
            // The lease expired and another instance took it over. The new pair is the only one HMRC
            // now honours, so it must not be dropped; this instance's lease duration is too short.
            throw new InvalidOperationException(
                $"Connection {connectionId} lost its refresh lease before the refreshed tokens were stored; raise Hmrc:Tokens:LeaseDuration.");
        }

        AddAudit(db, AuditEventKind.Refreshed, connectionId, $"Access token refreshed; it lasts {tokens.ExpiresIn}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task RecordTransientFailureAsync(
        Guid connectionId, string holder, string reason, DateTimeOffset retryAfter, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = Db(scope);
        var now = timeProvider.GetUtcNow();
        await db.HmrcConnections
            .Where(connection => connection.Id == connectionId && connection.LeaseHolder == holder)
            .ExecuteUpdateAsync(
                update => update
                    .SetProperty(connection => connection.RefreshFailureCount, connection => connection.RefreshFailureCount + 1)
                    .SetProperty(connection => connection.RetryRefreshAfter, retryAfter)
                    .SetProperty(connection => connection.LastRefreshOutcome, Truncate("Failed, will retry: " + reason))
                    .SetProperty(connection => connection.LeaseHolder, (string?)null)
                    .SetProperty(connection => connection.LeaseExpiresAt, (DateTimeOffset?)null)
                    .SetProperty(connection => connection.UpdatedAt, now)
                    .SetProperty(connection => connection.ConcurrencyToken, Guid.NewGuid()),
                cancellationToken);

        AddAudit(db, AuditEventKind.RefreshFailed, connectionId, $"Refresh failed, tokens kept, retry after {retryAfter:u}: {reason}");
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task MarkNeedsReauthorisationAsync(Guid connectionId, string? holder, string reason, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = Db(scope);
        var now = timeProvider.GetUtcNow();
        var changed = await db.HmrcConnections
            .Where(connection => connection.Id == connectionId && connection.Status == ConnectionStatus.Active)
            .ExecuteUpdateAsync(
                update => update
                    .SetProperty(connection => connection.Status, ConnectionStatus.NeedsReauthorisation)
                    .SetProperty(connection => connection.LastRefreshOutcome, Truncate("Grant ended: " + reason))
                    .SetProperty(connection => connection.LeaseHolder, (string?)null)
                    .SetProperty(connection => connection.LeaseExpiresAt, (DateTimeOffset?)null)
                    .SetProperty(connection => connection.UpdatedAt, now)
                    .SetProperty(connection => connection.ConcurrencyToken, Guid.NewGuid()),
                cancellationToken);

        if (changed == 1)
        {
            AddAudit(db, AuditEventKind.RefreshFailed, connectionId, reason);
            AddAudit(db, AuditEventKind.StatusChanged, connectionId, "Active to NeedsReauthorisation");
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task ReleaseLeaseAsync(Guid connectionId, string holder, string outcome, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var now = timeProvider.GetUtcNow();
        await Db(scope).HmrcConnections
            .Where(connection => connection.Id == connectionId && connection.LeaseHolder == holder)
            .ExecuteUpdateAsync(
                update => update
                    .SetProperty(connection => connection.LastRefreshOutcome, Truncate(outcome))
                    .SetProperty(connection => connection.LeaseHolder, (string?)null)
                    .SetProperty(connection => connection.LeaseExpiresAt, (DateTimeOffset?)null)
                    .SetProperty(connection => connection.UpdatedAt, now)
                    .SetProperty(connection => connection.ConcurrencyToken, Guid.NewGuid()),
                cancellationToken);
    }

    private static MtdIncomeTaxDbContext Db(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();

    private void AddAudit(MtdIncomeTaxDbContext db, AuditEventKind kind, Guid connectionId, string detail) =>
        db.AuditEvents.Add(new AuditEvent
        {
            Id = Guid.NewGuid(),
            OccurredAt = timeProvider.GetUtcNow(),
            Kind = kind,
            ConnectionId = connectionId,
            Detail = Truncate(detail, 1000),
        });

    private static string Truncate(string text, int maxLength = 100) => text.Length <= maxLength ? text : text[..maxLength];
}
