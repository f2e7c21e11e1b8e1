using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
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
    IServer server,
    IHostApplicationLifetime lifetime,
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
        try
        {
            await _emulator.StartAsync(cancellationToken);
        }
        catch (IOException exception) when (exception.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            throw new InvalidOperationException(
                $"The local HMRC emulator cannot listen on {emulatorSettings.Url} because another program uses that port. "
                + "Stop that program, or move Emulator:Url and the Hmrc and Authentication addresses to a free port.",
                exception);
        }

        logger.LocalEmulatorStarted(emulatorSettings.Url);
        lifetime.ApplicationStarted.Register(TellHowToStart);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_emulator is not null)
        {
            await _emulator.StopAsync(cancellationToken);
        }
    }

    private void TellHowToStart()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var appUrl = addresses.FirstOrDefault() ?? "the address above";
        logger.LocalAppReady(appUrl);
    }

    public async ValueTask DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }
}
