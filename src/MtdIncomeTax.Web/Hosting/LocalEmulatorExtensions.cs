using System.Security.Cryptography;
using MtdIncomeTax.Web.Hosting;

namespace Microsoft.AspNetCore.Builder;

public static class LocalEmulatorExtensions
{
    /// <summary>
    /// Starts the local HMRC emulator alongside the app when Emulator:Url is set and any HMRC or
    /// sign-in address points at it, so the same app runs unchanged against HMRC and a real
    /// OpenID Connect provider. Client secrets the emulator needs are made up at each start,
    /// so none is ever committed.
    /// </summary>
    public static WebApplicationBuilder AddLocalEmulator(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var url = configuration["Emulator:Url"]?.TrimEnd('/');
        if (string.IsNullOrEmpty(url) || !PointsAt(configuration, url))
        {
            return builder;
        }

        var secrets = new Dictionary<string, string?>();
        foreach (var key in new[] { "Hmrc:ClientSecret", "Authentication:ClientSecret" })
        {
            if (string.IsNullOrEmpty(configuration[key]))
            {
                secrets[key] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
            }
        }

        configuration.AddInMemoryCollection(secrets);

        var settings = EmulatorSettings(configuration, url);
        builder.Services.AddHostedService(provider =>
            new LocalEmulatorHost(settings, url, provider.GetRequiredService<ILogger<LocalEmulatorHost>>()));
        return builder;
    }

    private static bool PointsAt(IConfiguration configuration, string url) =>
        new[] { "Hmrc:AuthorizeEndpoint", "Hmrc:TokenEndpoint", "Hmrc:ApiBaseAddress", "Authentication:Authority" }
            .Any(key => configuration[key]?.StartsWith(url, StringComparison.OrdinalIgnoreCase) == true);

    private static Dictionary<string, string?> EmulatorSettings(IConfiguration configuration, string url)
    {
        // The emulator takes every Emulator:* setting of the app (lifetimes, test mode), then the
        // registrations that make it accept this app as an HMRC application and a sign-in client.
        var settings = configuration.GetSection("Emulator").AsEnumerable()
            .Where(pair => pair.Value is not null)
            .ToDictionary(pair => pair.Key, pair => pair.Value);

        var redirectUri = configuration["Hmrc:RedirectUri"] ?? "";
        var appBase = Uri.TryCreate(redirectUri, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : "";

        settings["urls"] = url;
        settings["Emulator:OAuthClients:0:ClientId"] = configuration["Hmrc:ClientId"];
        settings["Emulator:OAuthClients:0:ClientSecret"] = configuration["Hmrc:ClientSecret"];
        settings["Emulator:OAuthClients:0:RedirectUris:0"] = redirectUri;
        settings["Emulator:SignIn:ClientId"] = configuration["Authentication:ClientId"];
        settings["Emulator:SignIn:ClientSecret"] = configuration["Authentication:ClientSecret"];
        settings["Emulator:SignIn:RedirectUris:0"] = appBase + "/signin-oidc";
        settings["Emulator:SignIn:PostLogoutRedirectUris:0"] = appBase + "/signout-callback-oidc";
        return settings;
    }
}
