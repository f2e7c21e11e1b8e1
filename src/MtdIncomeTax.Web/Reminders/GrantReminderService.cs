using MtdIncomeTax.Data.Stores;
using Microsoft.Extensions.Options;

namespace MtdIncomeTax.Web.Reminders;

/// <summary>Checks for due grant-ending reminders at start and then every Reminders:Interval, on the injected clock.</summary>
public sealed class GrantReminderService(
    IServiceScopeFactory scopeFactory,
    TimeProvider timeProvider,
    IOptions<GrantReminderOptions> options,
    ILogger<GrantReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.Interval;
        logger.ReminderServiceStarted(interval);
        using var timer = new PeriodicTimer(interval, timeProvider);
        try
        {
            do
            {
                await SendDueAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.ReminderServiceStopped();
        }
    }

    private async Task SendDueAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ConnectionLifecycleStore>().ExpireEndedGrantsAsync(stoppingToken);
            await scope.ServiceProvider.GetRequiredService<GrantReminderDispatcher>().SendDueAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // One failed check (the database busy or down, say) must not end the service.
            logger.ReminderPassFailed(exception);
        }
    }
}
