using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Data.Stores;

/// <summary>Server-side storage of OAuth state: bound to one user, single use, short-lived.</summary>
public sealed class AuthorisationAttemptStore(MtdIncomeTaxDbContext db, TimeProvider timeProvider)
{
    // Attempts are kept a day past expiry so that a late callback is reported as expired, not unknown.
    private static readonly TimeSpan Retention = TimeSpan.FromDays(1);

    public static string HashState(string state) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(state)));

    public async Task AddAsync(AuthorisationAttempt attempt, CancellationToken cancellationToken)
    {
        var cutoff = timeProvider.GetUtcNow() - Retention;
        await db.AuthorisationAttempts.Where(old => old.ExpiresAt < cutoff).ExecuteDeleteAsync(cancellationToken);

        db.AuthorisationAttempts.Add(attempt);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Marks the attempt for this state as used, exactly once even when two callbacks race, and
    /// returns it. An attempt already used is returned with its outcome. Another user's state is
    /// rejected and left untouched.
    /// </summary>
    public async Task<(StateConsumption Result, AuthorisationAttempt? Attempt)> ConsumeAsync(
        string state, Guid userId, CancellationToken cancellationToken)
    {
        var stateHash = HashState(state);
        var attempt = await db.AuthorisationAttempts.AsNoTracking()
            .SingleOrDefaultAsync(candidate => candidate.StateHash == stateHash, cancellationToken);

        if (attempt is null)
        {
            return (StateConsumption.Unknown, null);
        }

        if (attempt.UserId != userId)
        {
            return (StateConsumption.OtherUser, null);
        }

        var now = timeProvider.GetUtcNow();
        var claimed = await db.AuthorisationAttempts
            .Where(candidate => candidate.Id == attempt.Id && candidate.ConsumedAt == null)
            .ExecuteUpdateAsync(update => update.SetProperty(candidate => candidate.ConsumedAt, now), cancellationToken);

        if (claimed == 0)
        {
            // The attempt comes back with its outcome, so that a reload after linking can go to the dashboard.
            var used = await db.AuthorisationAttempts.AsNoTracking()
                .SingleAsync(candidate => candidate.Id == attempt.Id, cancellationToken);
            return (StateConsumption.AlreadyUsed, used);
        }

        return attempt.ExpiresAt <= now ? (StateConsumption.Expired, null) : (StateConsumption.Consumed, attempt);
    }

    public Task RecordOutcomeAsync(Guid attemptId, string outcome, CancellationToken cancellationToken) =>
        db.AuthorisationAttempts
            .Where(attempt => attempt.Id == attemptId)
            .ExecuteUpdateAsync(update => update.SetProperty(attempt => attempt.Outcome, outcome), cancellationToken);
}
