using Microsoft.Extensions.Options;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.Data.Stores.Agents;
using MtdIncomeTax.Hmrc.FraudPrevention;
using MtdIncomeTax.Hmrc.Tokens;

namespace MtdIncomeTax.Web.Agents.CheckAll;

/// <summary>
/// Works through one "check all clients" run while this instance holds its lease: a few clients
/// at a time, each refreshed through <see cref="AgentClientStatusService"/>, whose HMRC calls wait
/// for the app-wide rate limiter. HMRC calls carry the fraud prevention data of the person who
/// started the run. A practice-level refusal stops the run; one client's failure is counted and
/// the run goes on.
/// </summary>
public sealed class ClientCheckRunner(
    IServiceScopeFactory scopeFactory,
    TimeProvider timeProvider,
    IOptions<ClientCheckOptions> options,
    IOptions<TokenManagementOptions> tokenOptions,
    ILogger<ClientCheckRunner> logger)
{
    private string Holder => tokenOptions.Value.InstanceName;

    /// <summary>Claims the run and works on it until it completes, stops, loses its lease or the app shuts down.</summary>
    public async Task RunAsync(Guid runId, CancellationToken cancellationToken)
    {
        var run = await WithStoreAsync(store => store.TryClaimAsync(runId, Holder, LeaseEnd(), cancellationToken));
        if (run is null)
        {
            return;
        }

        if (run.Checked == 0)
        {
            logger.ClientCheckStarted(run.Id, run.PracticeId, run.Total, Holder);
        }
        else
        {
            logger.ClientCheckResumed(run.Id, run.PracticeId, run.Checked, run.Total, Holder);
        }

        try
        {
            using (FraudPreventionScope.ForUser(run.StartedByUserId))
            {
                await WorkAsync(run, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The app is shutting down: another instance, or this one after its restart, carries on.
            await WithStoreAsync(store => store.ReleaseLeaseAsync(run.Id, Holder, CancellationToken.None));
            logger.ClientCheckPaused(run.Id, Holder);
        }
    }

    private async Task WorkAsync(ClientCheckRun run, CancellationToken cancellationToken)
    {
        var connection = await WithScopeAsync(scope =>
            scope.ServiceProvider.GetRequiredService<HmrcConnectionStore>().FindForPracticeAsync(run.PracticeId, cancellationToken));
        if (connection is not { Status: ConnectionStatus.Active })
        {
            await StopAsync(run, connection?.Id, ClientCheckStopReasons.NotLinked, cancellationToken);
            return;
        }

        while (true)
        {
            var clients = await WithStoreAsync(store => store.ListUncheckedClientsAsync(run, options.Value.BatchSize, cancellationToken));
            if (clients.Count == 0)
            {
                await CompleteAsync(run, connection.Id, cancellationToken);
                return;
            }

            var problem = await CheckBatchAsync(run, clients, cancellationToken);
            if (problem is not null)
            {
                await StopAsync(run, connection.Id, problem, cancellationToken);
                return;
            }

            if (!await WithStoreAsync(store => store.RenewLeaseAsync(run.Id, Holder, LeaseEnd(), cancellationToken)))
            {
                await LogLeaseEndAsync(run.Id);
                return;
            }
        }
    }

    /// <summary>
    /// Checks a batch of clients a few at a time; returns the practice-level problem that ended it
    /// early, if any. The batch also ends early, with no problem, when the run is no longer held,
    /// for example because staff stopped it.
    /// </summary>
    private async Task<string?> CheckBatchAsync(ClientCheckRun run, IReadOnlyList<Guid> clients, CancellationToken cancellationToken)
    {
        string? problem = null;
        var released = false;
        using var batchSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.ClientsInFlight, CancellationToken = batchSource.Token };
        try
        {
            await Parallel.ForEachAsync(clients, parallel, async (clientId, token) =>
            {
                var outcome = await RefreshAsync(run, clientId, token);
                if (outcome is { StopsOtherChecks: true })
                {
                    Interlocked.CompareExchange(ref problem, ClientCheckStopReasons.For(outcome), null);
                    await batchSource.CancelAsync();
                    return;
                }

                var result = outcome?.Result switch
                {
                    ClientRefreshResult.Changed => ClientCheckResult.Changed,
                    ClientRefreshResult.Unchanged or ClientRefreshResult.ClientNotFound => ClientCheckResult.Unchanged,
                    _ => ClientCheckResult.Failed,
                };

                // A client removed from the list meanwhile is not counted, because there is nothing to mark.
                var recorded = await WithStoreAsync(store => store.RecordCheckedAsync(run.Id, Holder, clientId, result, CancellationToken.None));
                if (!recorded && !await IsHeldAsync(run.Id))
                {
                    released = true;
                    await batchSource.CancelAsync();
                }
            });
        }
        catch (OperationCanceledException) when ((problem is not null || released) && !cancellationToken.IsCancellationRequested)
        {
            // Cancelled by the practice-level problem or the end of the lease, so the clients still
            // in flight wait for a later run.
        }

        return problem;
    }

    /// <summary>Refreshes one client; returns null when the refresh threw, which counts as a failed check.</summary>
    private async Task<ClientRefreshOutcome?> RefreshAsync(ClientCheckRun run, Guid clientId, CancellationToken cancellationToken)
    {
        try
        {
            return await WithScopeAsync(scope => scope.ServiceProvider.GetRequiredService<AgentClientStatusService>()
                .RefreshAsync(run.PracticeId, clientId, cancellationToken));
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A failure for one client (HMRC unreachable for that call, the send queue full) must not end the run.
            logger.ClientCheckClientFailed(exception, run.Id, clientId);
            return null;
        }
    }

    private async Task<bool> IsHeldAsync(Guid runId)
    {
        var current = await WithStoreAsync(store => store.FindAsync(runId, CancellationToken.None));
        return current is { Status: ClientCheckRunStatus.Running } && current.LeaseHolder == Holder;
    }

    private async Task LogLeaseEndAsync(Guid runId)
    {
        var current = await WithStoreAsync(store => store.FindAsync(runId, CancellationToken.None));
        if (current is { Status: ClientCheckRunStatus.Stopped })
        {
            logger.ClientCheckStopNoticed(runId, Holder);
        }
        else
        {
            logger.ClientCheckLeaseLost(runId, Holder);
        }
    }

    private async Task CompleteAsync(ClientCheckRun run, Guid connectionId, CancellationToken cancellationToken)
    {
        var completed = await WithStoreAsync(store => store.CompleteAsync(run.Id, Holder, cancellationToken));
        if (completed is null)
        {
            logger.ClientCheckLeaseLost(run.Id, Holder);
            return;
        }

        logger.ClientCheckCompleted(run.Id, run.PracticeId, completed.Checked, completed.Total, completed.Changed, completed.Failed);
        var detail = $"Checked {completed.Checked} of {completed.Total} clients: {completed.Changed} changed, {completed.Failed} could not be checked";
        await AuditAsync(connectionId, run.StartedByUserId, detail, cancellationToken);
    }

    private async Task StopAsync(ClientCheckRun run, Guid? connectionId, string reason, CancellationToken cancellationToken)
    {
        var stopped = await WithStoreAsync(store => store.StopAsync(run.Id, Holder, reason, cancellationToken));
        if (stopped is null)
        {
            logger.ClientCheckLeaseLost(run.Id, Holder);
            return;
        }

        logger.ClientCheckStopped(run.Id, run.PracticeId, stopped.Checked, stopped.Total, reason);
        await AuditAsync(connectionId, run.StartedByUserId, $"Stopped after {stopped.Checked} of {stopped.Total} clients: {reason}", cancellationToken);
    }

    private async Task AuditAsync(Guid? connectionId, Guid userId, string detail, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuditLog>()
            .RecordAsync(AuditEventKind.ClientCheckCompleted, connectionId, userId, detail, cancellationToken);
    }

    private DateTimeOffset LeaseEnd() => timeProvider.GetUtcNow() + options.Value.LeaseDuration;

    private Task<T> WithStoreAsync<T>(Func<ClientCheckRunStore, Task<T>> action) =>
        WithScopeAsync(scope => action(scope.ServiceProvider.GetRequiredService<ClientCheckRunStore>()));

    private async Task WithStoreAsync(Func<ClientCheckRunStore, Task> action)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<ClientCheckRunStore>());
    }

    private async Task<T> WithScopeAsync<T>(Func<AsyncServiceScope, Task<T>> action)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        return await action(scope);
    }
}
