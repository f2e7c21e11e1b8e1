using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MtdIncomeTax.Data;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Emulator;
using MtdIncomeTax.IntegrationTests.Infrastructure;

namespace MtdIncomeTax.IntegrationTests.Tokens;

/// <summary>
/// Each way a grant can fail, with the app talking to the real HMRC emulator over HTTP and the
/// emulator's test controls causing the failure.
/// </summary>
public sealed class EmulatorFailureTests : IAsyncLifetime
{
    private const string ClientSecret = "emulator-test-secret-81d2";
    private WebApplication _emulator = null!;
    private HttpClient _emulatorClient = null!;
    private AppFactory _app = null!;

    public async Task InitializeAsync()
    {
        _emulator = EmulatorApp.Build([], new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Emulator:TestMode"] = "true",
            ["Emulator:OAuthClients:0:ClientId"] = AppFactory.ClientId,
            ["Emulator:OAuthClients:0:ClientSecret"] = ClientSecret,
            ["Emulator:OAuthClients:0:RedirectUris:0"] = AppFactory.RedirectUri,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        await _emulator.StartAsync();
        var address = _emulator.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _emulatorClient = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };

        _app = new AppFactory
        {
            HmrcAddress = address,
            TokenRequestTimeout = TimeSpan.FromSeconds(3),
            Settings = new Dictionary<string, string>
            {
                ["Hmrc:ClientSecret"] = ClientSecret,
                ["Hmrc:Tokens:ConcurrentRefreshWait"] = "00:00:00.300",
            },
        };
    }

    [Fact]
    public async Task Token_expired_at_HMRC_is_refreshed_and_replayed()
    {
        using var client = await LinkAsync();
        await ControlAsync("users/individual-1/expire-access-token");

        var page = await client.GetStringAsync("/dashboard");

        Assert.Contains("Sam&#x27;s Plastering", page);
        var connection = await ConnectionAsync();
        Assert.Equal(ConnectionStatus.Active, connection.Status);
        Assert.Equal("Refreshed", connection.LastRefreshOutcome);
    }

    [Fact]
    public async Task Token_near_expiry_is_refreshed_first()
    {
        using var client = await LinkAsync();
        _app.Time.Advance(TimeSpan.FromHours(4) - TimeSpan.FromMinutes(1));

        var page = await client.GetStringAsync("/dashboard");

        Assert.Contains("Sam&#x27;s Plastering", page);
        Assert.Equal("Refreshed", (await ConnectionAsync()).LastRefreshOutcome);
    }

    [Theory]
    [InlineData("revoke-grant")]
    [InlineData("end-grant")]
    public async Task Grant_ended_at_HMRC_needs_reauthorisation(string control)
    {
        using var client = await LinkAsync();
        await ControlAsync($"users/individual-1/{control}");
        _app.Time.Advance(TimeSpan.FromHours(4));

        var page = await client.GetStringAsync("/dashboard");

        Assert.Equal(ConnectionStatus.NeedsReauthorisation, (await ConnectionAsync()).Status);
        Assert.Contains("href=\"/connect\"", page);
        Assert.DoesNotContain("Sam&#x27;s Plastering", page);
    }

    [Theory]
    [InlineData("server-error")]
    [InlineData("timeout")]
    public async Task Token_endpoint_failure_keeps_the_grant(string mode)
    {
        using var client = await LinkAsync();
        await ControlAsync("token-endpoint/failures", new { mode, count = 1, delaySeconds = 6 });
        _app.Time.Advance(TimeSpan.FromHours(4));

        var failed = await client.GetStringAsync("/dashboard");
        var afterFailure = await ConnectionAsync();
        _app.Time.Advance(TimeSpan.FromSeconds(6));
        var recovered = await client.GetStringAsync("/dashboard");

        Assert.Contains("HMRC is not available", failed);
        Assert.Equal(ConnectionStatus.Active, afterFailure.Status);
        Assert.Equal(1, afterFailure.RefreshFailureCount);
        Assert.Contains("Sam&#x27;s Plastering", recovered);
        Assert.Equal("Refreshed", (await ConnectionAsync()).LastRefreshOutcome);
    }

    [Fact]
    public async Task Rejected_token_with_failing_refresh_keeps_the_grant()
    {
        using var client = await LinkAsync();
        await ControlAsync("users/individual-1/expire-access-token");
        await ControlAsync("token-endpoint/failures", new { mode = "server-error", count = 1 });

        var failed = await client.GetStringAsync("/dashboard");
        var afterFailure = await ConnectionAsync();
        _app.Time.Advance(TimeSpan.FromSeconds(6));
        var recovered = await client.GetStringAsync("/dashboard");

        Assert.Contains("HMRC is not available", failed);
        Assert.Equal(ConnectionStatus.Active, afterFailure.Status);
        Assert.Contains("Sam&#x27;s Plastering", recovered);
    }

    [Fact]
    public async Task Ended_grant_shows_banner_at_once()
    {
        using var client = await LinkAsync();
        await ControlAsync("users/individual-1/revoke-grant");

        var page = await client.GetStringAsync("/dashboard");

        Assert.Equal(ConnectionStatus.NeedsReauthorisation, (await ConnectionAsync()).Status);
        Assert.DoesNotContain("Current access expires", page);
        Assert.Contains("Reconnect", page);
    }

    [Fact]
    public async Task Unexplained_refresh_in_progress_needs_reauthorisation()
    {
        using var client = await LinkAsync();
        await ControlAsync("token-endpoint/failures", new { mode = "refresh-in-progress" });
        _app.Time.Advance(TimeSpan.FromHours(4));

        await client.GetStringAsync("/dashboard");

        var connection = await ConnectionAsync();
        Assert.Equal(ConnectionStatus.NeedsReauthorisation, connection.Status);
        Assert.Contains("refresh in progress", connection.LastRefreshOutcome, StringComparison.OrdinalIgnoreCase);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _emulatorClient.Dispose();
        await _emulator.StopAsync();
        await _emulator.DisposeAsync();
    }

    /// <summary>Links the test user through the emulator's real pages, by HTTP as a browser would.</summary>
    private async Task<HttpClient> LinkAsync()
    {
        var client = _app.CreateClientFor("emulator-user");
        var (authorizeUrl, _) = await LinkJourney.StartAsync(client);

        var authorize = await _emulatorClient.GetAsync(authorizeUrl);
        var startPath = authorize.Headers.Location!.OriginalString;
        var signIn = await _emulatorClient.PostAsync(startPath + "/sign-in", Form(("userId", "individual-1"), ("password", "emulator")));
        var grant = await _emulatorClient.PostAsync(signIn.Headers.Location!.OriginalString, Form(("decision", "grant")));
        var callback = await LinkJourney.CallbackAsync(client, grant.Headers.Location!.Query.TrimStart('?'));

        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.Equal("/dashboard", callback.Headers.Location?.OriginalString);
        return client;
    }

    private async Task ControlAsync(string path, object? body = null)
    {
        var response = await _emulatorClient.PostAsync("/test-support/" + path, body is null ? null : JsonContent.Create(body));
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    private async Task<HmrcConnection> ConnectionAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>().HmrcConnections.AsNoTracking().SingleAsync();
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(field => KeyValuePair.Create(field.Name, field.Value)));
}
