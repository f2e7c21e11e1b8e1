using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MtdIncomeTax.Emulator.Tests;

/// <summary>
/// An emulator running on Kestrel at a free loopback port, with one HMRC application and one
/// sign-in client whose secrets are new for each host.
/// </summary>
public sealed class EmulatorHost : IAsyncDisposable
{
    public const string ClientId = "mtd-income-tax-test";
    public const string OtherClientId = "other-software";
    public const string RedirectUri = "http://localhost:5001/hmrc/callback?source=emulator-tests";
    public const string SecondRedirectUri = "http://localhost:5001/hmrc/other-callback";
    public const string SignInClientId = "mtd-income-tax-web";
    public const string SignInRedirectUri = "http://localhost:5001/signin-oidc";
    public const string PostLogoutRedirectUri = "http://localhost:5001/signout-callback-oidc";

    private readonly WebApplication _app;

    private EmulatorHost(WebApplication app, Uri baseAddress, string clientSecret, string signInClientSecret)
    {
        _app = app;
        BaseAddress = baseAddress;
        ClientSecret = clientSecret;
        SignInClientSecret = signInClientSecret;
    }

    public Uri BaseAddress { get; }

    public string ClientSecret { get; }

    public string OtherClientSecret => "other-" + ClientSecret;

    public string SignInClientSecret { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<EmulatorHost> StartAsync(
        IReadOnlyDictionary<string, string?>? extraSettings = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var clientSecret = NewSecret();
        var signInClientSecret = NewSecret();
        var settings = DefaultSettings(clientSecret, signInClientSecret);
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var app = EmulatorApp.Build([], settings, configureServices);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features
            .Get<IServerAddressesFeature>()!.Addresses.Single();

        return new EmulatorHost(app, new Uri(address), clientSecret, signInClientSecret);
    }

    public HttpClient CreateClient(CookieContainer? cookies = null)
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false };
        if (cookies is not null)
        {
            handler.CookieContainer = cookies;
        }
        else
        {
            handler.UseCookies = false;
        }

        return new HttpClient(handler) { BaseAddress = BaseAddress };
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static Dictionary<string, string?> DefaultSettings(string clientSecret, string signInClientSecret) => new()
    {
        ["urls"] = "http://127.0.0.1:0",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Emulator:TestMode"] = "true",

        // Tests share one client id and call quickly; the rate limit has its own tests.
        ["Emulator:RateLimit:RequestsPerSecond"] = "1000",
        ["Emulator:CalculationDelay"] = "00:00:00",
        ["Emulator:OAuthClients:0:ClientId"] = ClientId,
        ["Emulator:OAuthClients:0:ClientSecret"] = clientSecret,
        ["Emulator:OAuthClients:0:RedirectUris:0"] = RedirectUri,
        ["Emulator:OAuthClients:0:RedirectUris:1"] = SecondRedirectUri,
        ["Emulator:OAuthClients:1:ClientId"] = OtherClientId,
        ["Emulator:OAuthClients:1:ClientSecret"] = "other-" + clientSecret,
        ["Emulator:OAuthClients:1:RedirectUris:0"] = "http://localhost:6001/callback",
        ["Emulator:SignIn:ClientId"] = SignInClientId,
        ["Emulator:SignIn:ClientSecret"] = signInClientSecret,
        ["Emulator:SignIn:RedirectUris:0"] = SignInRedirectUri,
        ["Emulator:SignIn:PostLogoutRedirectUris:0"] = PostLogoutRedirectUri,
    };

    private static string NewSecret() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}
