using Microsoft.Extensions.Options;
using MtdIncomeTax.Emulator;
using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Web.Authentication;

namespace MtdIncomeTax.Web.Hosting;

/// <summary>Runs the HMRC emulator and development sign-in inside the web app's process, on their own address.</summary>
internal sealed class LocalEmulatorHost(
    LocalEmulatorSettings emulatorSettings,
    IOptions<HmrcOptions> hmrcOptions,
    IOptions<OidcSignInOptions> signInOptions,
    ILogger<LocalEmulatorHost> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? _emulator;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!emulatorSettings.Enabled)
        {
            return;
        }

        _emulator = EmulatorApp.Build([], emulatorSettings.ForEmulator(hmrcOptions.Value, signInOptions.Value));
        await _emulator.StartAsync(cancellationToken);
        logger.LocalEmulatorStarted(emulatorSettings.Url);
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
