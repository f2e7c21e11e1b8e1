using Microsoft.EntityFrameworkCore;
using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Data.Stores.Agents;

/// <summary>
/// Stores "check all clients" runs. One app instance at a time works on a run: it claims a lease
/// with a conditional UPDATE on the concurrency token, which SQL Server and SQLite both apply
/// atomically, and renews it while it works. Progress is saved per client, so another instance,
/// or this one after a restart, carries on where the run stopped.
/// </summary>
public sealed class ClientCheckRunStore(MtdIncomeTaxDbContext db, TimeProvider timeProvider)
{
    /// <summary>
    /// Starts a run over the practice's clients, or returns the practice's running run when there
    /// is one. <c>Started</c> is false when an existing run was returned.
    /// </summary>
    public async Task<(ClientCheckRun Run, bool Started)> StartAsync(Guid practiceId, Guid userId, CancellationToken cancellationToken)
    {
        var running = await FindRunningAsync(practiceId, cancellationToken);
        if (running is not null)
        {
            return (running, false);
        }

        var now = timeProvider.GetUtcNow();
        var run = new ClientCheckRun
        {
            Id = Guid.NewGuid(),
            PracticeId = practiceId,
            StartedByUserId = userId,
            Status = ClientCheckRunStatus.Running,
            Total = await db.AgentClients.CountAsync(client => client.PracticeId == practiceId && client.CreatedAt <= now, cancellationToken),
            StartedAt = now,
            ConcurrencyToken = Guid.NewGuid(),
        };

        // Two staff members may press the button at once. After saving, each reads the earliest
        // running run, and the one whose run is not the earliest deletes its own, so one run goes on.
        db.ClientCheckRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(run).State = EntityState.Detached;

        var first = await FindRunningAsync(practiceId, cancellationToken);
        if (first is not null && first.Id != run.Id)
        {
            await db.ClientCheckRuns.Where(row => row.Id == run.Id).ExecuteDeleteAsync(cancellationToken);
            return (first, false);
        }

        return (run, true);
    }

    /// <summary>Finds the practice's latest run, running or finished, or null when it has never had one.</summary>
    public Task<ClientCheckRun?> FindLatestAsync(Guid practiceId, CancellationToken cancellationToken) =>
        db.ClientCheckRuns.AsNoTracking()
            .Where(run => run.PracticeId == practiceId)
            .OrderByDescending(run => run.StartedAt)
            .ThenBy(run => run.Id)
            .FirstOrDefaultAsync(cancellationToken);

    public Task<ClientCheckRun?> FindAsync(Guid runId, CancellationToken cancellationToken) =>
        db.ClientCheckRuns.AsNoTracking().SingleOrDefaultAsync(run => run.Id == runId, cancellationToken);

    /// <summary>Lists the running runs that no instance holds: never claimed, released, or with an expired lease.</summary>
    public async Task<IReadOnlyList<Guid>> ListClaimableAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        return await db.ClientCheckRuns.AsNoTracking()
            .Where(run => run.Status == ClientCheckRunStatus.Running && (run.LeaseHolder == null || run.LeaseExpiresAt < now))
            .OrderBy(run => run.StartedAt)
            .Select(run => run.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Claims a running run for <paramref name="holder"/> until <paramref name="leaseUntil"/>.
    /// Returns the claimed run, or null when it has finished or another instance holds a lease
    /// that has not expired.
    /// </summary>
    public async Task<ClientCheckRun?> TryClaimAsync(Guid runId, string holder, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var run = await FindAsync(runId, cancellationToken);
        if (run is not { Status: ClientCheckRunStatus.Running } || (run.LeaseHolder is not null && run.LeaseExpiresAt >= now))
        {
            return null;
        }

        var token = Guid.NewGuid();
        var claimed = await db.ClientCheckRuns
            .Where(row => row.Id == runId
                && row.ConcurrencyToken == run.ConcurrencyToken
                && row.Status == ClientCheckRunStatus.Running
                && (row.LeaseHolder == null || row.LeaseExpiresAt < now))
            .ExecuteUpdateAsync(
                update => update
                    .SetProperty(row => row.LeaseHolder, holder)
                    .SetProperty(row => row.LeaseExpiresAt, leaseUntil)
                    .SetProperty(row => row.ConcurrencyToken, token),
                cancellationToken);

        if (claimed != 1)
        {
            return null;
        }

        run.LeaseHolder = holder;
        run.LeaseExpiresAt = leaseUntil;
        run.ConcurrencyToken = token;
        return run;
    }

    /// <summary>Extends the holder's lease; returns false when the run has finished or the lease passed to another instance.</summary>
    public async Task<bool> RenewLeaseAsync(Guid runId, string holder, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
        await Held(runId, holder).ExecuteUpdateAsync(
            update => update
                .SetProperty(row => row.LeaseExpiresAt, leaseUntil)
                .SetProperty(row => row.ConcurrencyToken, Guid.NewGuid()),
            cancellationToken) == 1;

    /// <summary>Lets another instance claim the run at once, for example when this one shuts down.</summary>
    public Task ReleaseLeaseAsync(Guid runId, string holder, CancellationToken cancellationToken) =>
        Held(runId, holder).ExecuteUpdateAsync(
            update => update
                .SetProperty(row => row.LeaseHolder, (string?)null)
                .SetProperty(row => row.LeaseExpiresAt, (DateTimeOffset?)null)
                .SetProperty(row => row.ConcurrencyToken, Guid.NewGuid()),
            cancellationToken);

    /// <summary>
    /// Lists up to <paramref name="count"/> clients the run has still to check: on the practice's
    /// list when the run started and not yet checked in this run. Ordered by name, as the list shows them.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> ListUncheckedClientsAsync(ClientCheckRun run, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        return await db.AgentClients.AsNoTracking()
            .Where(client => client.PracticeId == run.PracticeId
                && client.CreatedAt <= run.StartedAt
                && (client.LastCheckRunId == null || client.LastCheckRunId != run.Id))
            .OrderBy(client => client.Name)
            .ThenBy(client => client.Id)
            .Select(client => client.Id)
            .Take(count)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Records that the run checked a client. The client is marked with the run first, so that a
    /// client recorded twice (by an instance whose lease ran out, say) counts once. Returns false
    /// when the client was already recorded, is no longer on the list, or the holder lost the lease.
    /// </summary>
    public async Task<bool> RecordCheckedAsync(
        Guid runId, string holder, Guid clientId, ClientCheckResult result, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var marked = await db.AgentClients
            .Where(client => client.Id == clientId && (client.LastCheckRunId == null || client.LastCheckRunId != runId))
            .ExecuteUpdateAsync(
                update => update
                    .SetProperty(client => client.LastCheckRunId, runId)
                    .SetProperty(client => client.LastCheckedAt, now),
                cancellationToken);
        if (marked != 1)
        {
            return false;
        }

        var changed = result == ClientCheckResult.Changed ? 1 : 0;
        var failed = result == ClientCheckResult.Failed ? 1 : 0;
        var counted = await Held(runId, holder).ExecuteUpdateAsync(
            update => update
                .SetProperty(row => row.Checked, row => row.Checked + 1)
                .SetProperty(row => row.Changed, row => row.Changed + changed)
                .SetProperty(row => row.Failed, row => row.Failed + failed)
                .SetProperty(row => row.ConcurrencyToken, Guid.NewGuid()),
            cancellationToken);
        if (counted != 1)
        {
            // Rolling back leaves the client unchecked, for the instance that has the lease now.
            return false;
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Completes the run with the count of the practice's clients per status. Returns the
    /// completed run, or null when the holder lost the lease.
    /// </summary>
    public async Task<ClientCheckRun?> CompleteAsync(Guid runId, string holder, CancellationToken cancellationToken)
    {
        var run = await FindAsync(runId, cancellationToken);
        if (run is null)
        {
            return null;
        }

        var counts = await db.AgentClients.AsNoTracking()
            .Where(client => client.PracticeId == run.PracticeId)
            .GroupBy(client => client.Status)
            .Select(group => new { Status = group.Key, Count = group.Count() })
            .ToDictionaryAsync(row => row.Status, row => row.Count, cancellationToken);
        var summary = ClientCheckSummary.ToJson(counts);

        return await FinishAsync(runId, holder, ClientCheckRunStatus.Completed, summary, null, cancellationToken);
    }

    /// <summary>
    /// Stops the run early with a reason in plain words. A null holder stops it whichever instance has the lease.
    /// Returns the stopped run, or null when it had already finished or the holder lost the lease.
    /// </summary>
    public Task<ClientCheckRun?> StopAsync(Guid runId, string? holder, string reason, CancellationToken cancellationToken) =>
        FinishAsync(runId, holder, ClientCheckRunStatus.Stopped, null, reason.Length > 500 ? reason[..500] : reason, cancellationToken);

    private async Task<ClientCheckRun?> FinishAsync(
        Guid runId, string? holder, ClientCheckRunStatus status, string? summary, string? reason, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var target = holder is null
            ? db.ClientCheckRuns.Where(row => row.Id == runId && row.Status == ClientCheckRunStatus.Running)
            : Held(runId, holder);
        var finished = await target.ExecuteUpdateAsync(
            update => update
                .SetProperty(row => row.Status, status)
                .SetProperty(row => row.SummaryJson, summary)
                .SetProperty(row => row.StopReason, reason)
                .SetProperty(row => row.CompletedAt, now)
                .SetProperty(row => row.LeaseHolder, (string?)null)
                .SetProperty(row => row.LeaseExpiresAt, (DateTimeOffset?)null)
                .SetProperty(row => row.ConcurrencyToken, Guid.NewGuid()),
            cancellationToken);

        return finished == 1 ? await FindAsync(runId, cancellationToken) : null;
    }

    private Task<ClientCheckRun?> FindRunningAsync(Guid practiceId, CancellationToken cancellationToken) =>
        db.ClientCheckRuns.AsNoTracking()
            .Where(run => run.PracticeId == practiceId && run.Status == ClientCheckRunStatus.Running)
            .OrderBy(run => run.StartedAt)
            .ThenBy(run => run.Id)
            .FirstOrDefaultAsync(cancellationToken);

    private IQueryable<ClientCheckRun> Held(Guid runId, string holder) =>
        db.ClientCheckRuns.Where(row => row.Id == runId && row.Status == ClientCheckRunStatus.Running && row.LeaseHolder == holder);
}
