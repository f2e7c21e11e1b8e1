using MtdIncomeTax.Emulator;

namespace MtdIncomeTax.Web.Hosting;

/// <summary>Runs the HMRC emulator and development sign-in inside the web app's process, on its own address.</summary>
internal sealed class LocalEmulatorHost(IReadOnlyDictionary<string, string?> settings, string url, ILogger<LocalEmulatorHost> logger)
    : IHostedService, IAsyncDisposable
{
    private WebApplication? _emulator;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _emulator = EmulatorApp.Build([], settings);
        await _emulator.StartAsync(cancellationToken);
        logger.LocalEmulatorStarted(url);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_emulator is not null)
        {
            await _emulator.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }
}
