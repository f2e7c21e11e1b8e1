using System.Security.Cryptography;
using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Web.Authentication;

namespace MtdIncomeTax.Web.Hosting;

/// <summary>
/// Decides whether the app hosts the local emulator: only when Emulator:Url is set and an HMRC or
/// sign-in address points at it. The client secrets the emulator checks are made up at each start,
/// so none is ever committed.
/// </summary>
public sealed class LocalEmulatorSettings
{
    private static readonly string[] AddressKeys =
        ["Hmrc:AuthorizeEndpoint", "Hmrc:TokenEndpoint", "Hmrc:ApiBaseAddress", "Authentication:Authority"];

    private readonly IConfiguration _configuration;

    public LocalEmulatorSettings(IConfiguration configuration)
    {
        _configuration = configuration;
        Url = configuration["Emulator:Url"]?.TrimEnd('/') ?? "";
        Enabled = Url.Length > 0 && AddressKeys.Any(key =>
            configuration[key]?.StartsWith(Url, StringComparison.OrdinalIgnoreCase) == true);
    }

    public string Url { get; }

    public bool Enabled { get; }

    public string HmrcClientSecret { get; } = NewSecret();

    public string SignInClientSecret { get; } = NewSecret();

    /// <summary>
    /// Returns the emulator's configuration: every Emulator:* setting of the app (lifetimes, test
    /// mode), then the registrations that make it accept this app as an HMRC application and as
    /// a sign-in client.
    /// </summary>
    public Dictionary<string, string?> ForEmulator(HmrcOptions hmrc, OidcSignInOptions signIn)
    {
        var settings = _configuration.GetSection("Emulator").AsEnumerable()
            .Where(pair => pair.Value is not null)
            .ToDictionary(pair => pair.Key, pair => pair.Value);

        var appBase = new Uri(hmrc.RedirectUri).GetLeftPart(UriPartial.Authority);

        settings["urls"] = Url;

        // The app already reports where things listen; the emulator's start-up lines would repeat it.
        settings["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning";
        settings["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning";
        settings["Logging:Console:FormatterName"] = "simple";
        settings["Logging:Console:FormatterOptions:SingleLine"] = "true";
        settings["Emulator:OAuthClients:0:ClientId"] = hmrc.ClientId;
        settings["Emulator:OAuthClients:0:ClientSecret"] = hmrc.ClientSecret;
        settings["Emulator:OAuthClients:0:RedirectUris:0"] = hmrc.RedirectUri;
        settings["Emulator:SignIn:ClientId"] = signIn.ClientId;
        settings["Emulator:SignIn:ClientSecret"] = signIn.ClientSecret;
        settings["Emulator:SignIn:RedirectUris:0"] = appBase + "/signin-oidc";
        settings["Emulator:SignIn:PostLogoutRedirectUris:0"] = appBase + "/signout-callback-oidc";
        return settings;
    }

    private static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
}
