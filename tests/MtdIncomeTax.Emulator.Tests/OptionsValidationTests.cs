using Microsoft.Extensions.Options;

namespace MtdIncomeTax.Emulator.Tests;

public sealed class OptionsValidationTests
{
    [Fact]
    public async Task Start_without_oauth_clients_names_the_missing_key()
    {
        await using var app = EmulatorApp.Build([], new Dictionary<string, string?> { ["urls"] = "http://127.0.0.1:0" });

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Emulator:OAuthClients is missing", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_without_secrets_names_the_keys()
    {
        await using var app = EmulatorApp.Build([], new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Emulator:OAuthClients:0:ClientId"] = "software",
            ["Emulator:OAuthClients:0:RedirectUris:0"] = "http://localhost:5001/callback",
            ["Emulator:SignIn:ClientId"] = "web",
        });

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Emulator:OAuthClients:0:ClientSecret is missing.", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Emulator:SignIn:ClientSecret is missing.", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Emulator:SignIn:RedirectUris is missing", exception.Message, StringComparison.Ordinal);
    }
}
