using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Data.Stores;

/// <summary>Moves a connection to the end of its life: Expired when its grant has ended, or Disconnected by its owner.</summary>
public sealed class ConnectionLifecycleStore(
    MtdIncomeTaxDbContext db,
    AuditLog auditLog,
    TimeProvider timeProvider,
    ILogger<ConnectionLifecycleStore> logger)
{
    /// <summary>
    /// Returns the owner's connection. An Active or NeedsReauthorisation connection whose grant
    /// has ended is first set to Expired, with a StatusChanged event in its history.
    /// </summary>
    public async Task<HmrcConnection?> FindForOwnerAsync(Guid ownerUserId, CancellationToken cancellationToken)
    {
        var connection = await FindAsync(ownerUserId, cancellationToken);
        var now = timeProvider.GetUtcNow();
        if (connection is null || !CanExpire(connection.Status) || connection.GrantExpiresAt > now)
        {
            return connection;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The condition repeats the checks, so that of two requests only one records the change,
        // and a grant renewed in the meantime is left alone.
        var updated = await db.HmrcConnections
            .Where(candidate => candidate.Id == connection.Id
                && (candidate.Status == ConnectionStatus.Active || candidate.Status == ConnectionStatus.NeedsReauthorisation)
                && candidate.GrantExpiresAt <= now)
            .ExecuteUpdateAsync(
                update => update
                    .SetProperty(candidate => candidate.Status, ConnectionStatus.Expired)
                    .SetProperty(candidate => candidate.UpdatedAt, now)
                    .SetProperty(candidate => candidate.ConcurrencyToken, Guid.NewGuid()),
                cancellationToken);
        if (updated == 1)
        {
            var detail = $"Status changed from {connection.Status} to {ConnectionStatus.Expired}: "
                + $"the grant ended at {connection.GrantExpiresAt.ToString("u", CultureInfo.InvariantCulture)}";
            await auditLog.RecordAsync(AuditEventKind.StatusChanged, connection.Id, null, detail, cancellationToken);
            logger.ConnectionExpired(connection.Id, connection.GrantExpiresAt);
        }

        await transaction.CommitAsync(cancellationToken);

        return await FindAsync(ownerUserId, cancellationToken);
    }

    /// <summary>
    /// Sets every Active or NeedsReauthorisation connection whose grant has ended to Expired, so
    /// that the support pages show the right status for people who have not signed in since. Returns how many.
    /// </summary>
    public async Task<int> ExpireEndedGrantsAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var owners = await db.HmrcConnections.AsNoTracking()
            .Where(connection => (connection.Status == ConnectionStatus.Active || connection.Status == ConnectionStatus.NeedsReauthorisation)
                && connection.GrantExpiresAt <= now)
            .Select(connection => connection.OwnerUserId)
            .ToListAsync(cancellationToken);

        foreach (var owner in owners)
        {
            await FindForOwnerAsync(owner, cancellationToken);
        }

        return owners.Count;
    }

    /// <summary>
    /// Deletes both tokens of the owner's connection and sets it Disconnected, keeping the row
    /// and its history. Returns false when there is no connection or it is already disconnected.
    /// </summary>
    public async Task<bool> DisconnectAsync(Guid ownerUserId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var connection = await FindAsync(ownerUserId, cancellationToken);
        if (connection is null || connection.Status == ConnectionStatus.Disconnected)
        {
            return false;
        }

        // A new concurrency token makes a refresh that is in flight fail to write its tokens back.
        var updated = await db.HmrcConnections
            .Where(candidate => candidate.Id == connection.Id && candidate.Status != ConnectionStatus.Disconnected)
            .ExecuteUpdateAsync(
                update => update
                    .SetProperty(candidate => candidate.ProtectedAccessToken, (string?)null)
                    .SetProperty(candidate => candidate.ProtectedRefreshToken, (string?)null)
                    .SetProperty(candidate => candidate.Status, ConnectionStatus.Disconnected)
                    .SetProperty(candidate => candidate.DisconnectedAt, now)
                    .SetProperty(candidate => candidate.UpdatedAt, now)
                    .SetProperty(candidate => candidate.ConcurrencyToken, Guid.NewGuid()),
                cancellationToken);
        if (updated != 1)
        {
            return false;
        }

        await auditLog.RecordAsync(
            AuditEventKind.Disconnected,
            connection.Id,
            ownerUserId,
            $"Disconnected by the owner; status was {connection.Status}, tokens deleted",
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.ConnectionDisconnected(connection.Id, ownerUserId);

        return true;
    }

    private static bool CanExpire(ConnectionStatus status) =>
        status is ConnectionStatus.Active or ConnectionStatus.NeedsReauthorisation;

    private Task<HmrcConnection?> FindAsync(Guid ownerUserId, CancellationToken cancellationToken) =>
        db.HmrcConnections.AsNoTracking()
            .SingleOrDefaultAsync(connection => connection.OwnerUserId == ownerUserId, cancellationToken);
}
