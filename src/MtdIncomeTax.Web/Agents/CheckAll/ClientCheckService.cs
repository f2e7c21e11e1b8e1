using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using MtdIncomeTax.Data.Stores.Agents;

namespace MtdIncomeTax.Web.Agents.CheckAll;

/// <summary>
/// Picks up "check all clients" runs that no instance is working on, whether just started here or
/// left by an instance that stopped, and works on each until it finishes. Looks when a run starts
/// on this instance and otherwise every Agents:CheckAll:PollInterval.
/// </summary>
public sealed class ClientCheckService(
    IServiceScopeFactory scopeFactory,
    ClientCheckRunner runner,
    ClientCheckSignal signal,
    IOptions<ClientCheckOptions> options,
    ILogger<ClientCheckService> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<Guid, Task> _working = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await PickUpRunsAsync(stoppingToken);
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; each run releases its lease below.
        }

        await Task.WhenAll(_working.Values);
    }

    private async Task PickUpRunsAsync(CancellationToken stoppingToken)
    {
        IReadOnlyList<Guid> claimable;
        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            claimable = await scope.ServiceProvider.GetRequiredService<ClientCheckRunStore>().ListClaimableAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The database busy or down must not end the service; the next look tries again.
            logger.ClientCheckPollFailed(exception);
            return;
        }

        foreach (var runId in claimable.Where(runId => !_working.ContainsKey(runId)))
        {
            _working[runId] = WorkOnAsync(runId, stoppingToken);
        }
    }

    private async Task WorkOnAsync(Guid runId, CancellationToken stoppingToken)
    {
        // Yield first, so that the caller has recorded this task before it can finish.
        await Task.Yield();
        try
        {
            await runner.RunAsync(runId, stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The lease expires and the run is picked up again, here or on another instance.
            logger.ClientCheckRunFailed(exception, runId);
        }
        finally
        {
            _working.TryRemove(runId, out _);
        }
    }
}
