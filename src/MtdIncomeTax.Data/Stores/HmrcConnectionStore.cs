using Microsoft.EntityFrameworkCore;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores.Support;
using MtdIncomeTax.Hmrc;

namespace MtdIncomeTax.Data.Stores;

/// <summary>Reads and writes HMRC connections; token values go in and out only through <see cref="HmrcTokenProtector"/>.</summary>
public sealed class HmrcConnectionStore(MtdIncomeTaxDbContext db, HmrcTokenProtector protector, TimeProvider timeProvider)
{
    public Task<HmrcConnection?> FindForOwnerAsync(Guid ownerUserId, CancellationToken cancellationToken) =>
        db.HmrcConnections.AsNoTracking().SingleOrDefaultAsync(connection => connection.OwnerUserId == ownerUserId, cancellationToken);

    public Task<HmrcConnection?> FindForPracticeAsync(Guid practiceId, CancellationToken cancellationToken) =>
        db.HmrcConnections.AsNoTracking().SingleOrDefaultAsync(connection => connection.PracticeId == practiceId, cancellationToken);

    /// <summary>Corrects the ARN of a practice and of its connection; the grant itself is unchanged.</summary>
    public async Task<bool> UpdateArnAsync(Guid practiceId, string arn, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var connection = await db.HmrcConnections.AsNoTracking()
            .Where(row => row.PracticeId == practiceId)
            .Select(row => new { row.Id, row.Owner!.Name, row.Owner.Email })
            .SingleOrDefaultAsync(cancellationToken);
        if (connection is null)
        {
            return false;
        }

        await db.AgentPractices.Where(practice => practice.Id == practiceId)
            .ExecuteUpdateAsync(update => update.SetProperty(practice => practice.Arn, arn).SetProperty(practice => practice.UpdatedAt, now), cancellationToken);

        // A direct update that leaves the concurrency token alone, because a refresh may be saving new tokens at the same time.
        var searchText = ConnectionSearchText.For(connection.Name, connection.Email, arn);
        await db.HmrcConnections.Where(row => row.Id == connection.Id)
            .ExecuteUpdateAsync(
                update => update
                    .SetProperty(row => row.Arn, arn)
                    .SetProperty(row => row.SearchText, searchText)
                    .SetProperty(row => row.UpdatedAt, now),
                cancellationToken);

        return true;
    }

    /// <summary>
    /// Stores a new grant. Linking again replaces the owner's old grant in the same row and the
    /// same transaction, so an owner never has two connections nor, for a moment, none.
    /// </summary>
    public async Task<HmrcConnection> SaveGrantAsync(NewGrant grant, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var connection = grant.PracticeId is { } practiceId
            ? await db.HmrcConnections.SingleOrDefaultAsync(existing => existing.PracticeId == practiceId, cancellationToken)
            : await db.HmrcConnections.SingleOrDefaultAsync(existing => existing.OwnerUserId == grant.OwnerUserId, cancellationToken);
        if (connection is null)
        {
            connection = new HmrcConnection
            {
                Id = Guid.NewGuid(),
                OwnerUserId = grant.OwnerUserId,
                Environment = grant.Environment,
                Scopes = "",
                CreatedAt = now,
            };
            db.HmrcConnections.Add(connection);
        }

        Apply(connection, grant, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return connection;
    }

    /// <summary>Corrects the NINO of a connection; the grant itself is unchanged.</summary>
    public async Task<bool> UpdateNinoAsync(Guid ownerUserId, Nino nino, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var updated = await db.HmrcConnections
            .Where(connection => connection.OwnerUserId == ownerUserId)
            .ExecuteUpdateAsync(
                update => update
                    .SetProperty(connection => connection.Nino, nino.Value)
                    .SetProperty(connection => connection.UpdatedAt, now)
                    .SetProperty(connection => connection.ConcurrencyToken, Guid.NewGuid()),
                cancellationToken);

        return updated == 1;
    }

    /// <summary>
    /// Ends a grant that must not be used, such as an agent grant from an account that is not an
    /// agent services account: deletes both tokens and sets NeedsReauthorisation with the reason.
    /// </summary>
    public async Task<bool> EndGrantAsync(Guid connectionId, string reason, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();

        // A new concurrency token makes a refresh that is in flight fail to write its tokens back.
        var updated = await db.HmrcConnections
            .Where(connection => connection.Id == connectionId)
            .ExecuteUpdateAsync(
                update => update
                    .SetProperty(connection => connection.ProtectedAccessToken, (string?)null)
                    .SetProperty(connection => connection.ProtectedRefreshToken, (string?)null)
                    .SetProperty(connection => connection.Status, ConnectionStatus.NeedsReauthorisation)
                    .SetProperty(connection => connection.LastRefreshOutcome, reason)
                    .SetProperty(connection => connection.UpdatedAt, now)
                    .SetProperty(connection => connection.ConcurrencyToken, Guid.NewGuid()),
                cancellationToken);

        return updated == 1;
    }

    private void Apply(HmrcConnection connection, NewGrant grant, DateTimeOffset now)
    {
        connection.OwnerUserId = grant.OwnerUserId;
        connection.PracticeId = grant.PracticeId;
        connection.Arn = grant.Arn;
        connection.Kind = grant.Kind;
        connection.Environment = grant.Environment;
        connection.Nino = grant.Nino;

        // HMRC returns the granted scopes on a code exchange; fall back to what was asked for.
        connection.Scopes = string.IsNullOrWhiteSpace(grant.Tokens.Scope) ? grant.RequestedScopes : grant.Tokens.Scope;
        connection.ProtectedAccessToken = protector.ProtectToken(grant.Tokens.AccessToken);
        connection.ProtectedRefreshToken = protector.ProtectToken(grant.Tokens.RefreshToken);
        connection.AccessTokenExpiresAt = now + grant.Tokens.ExpiresIn;
        connection.GrantedAt = now;
        connection.GrantExpiresAt = now + HmrcDefaults.GrantLifetime;
        connection.Status = ConnectionStatus.Active;
        connection.LastRefreshedAt = null;
        connection.LastRefreshOutcome = null;
        connection.RefreshFailureCount = 0;
        connection.RetryRefreshAfter = null;
        connection.LeaseHolder = null;
        connection.LeaseExpiresAt = null;
        connection.DisconnectedAt = null;
        connection.UpdatedAt = now;
        connection.ConcurrencyToken = Guid.NewGuid();
    }
}
