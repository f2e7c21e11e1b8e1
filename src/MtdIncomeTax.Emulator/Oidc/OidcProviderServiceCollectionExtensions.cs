using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace MtdIncomeTax.Emulator.Oidc;

/// <summary>Registers the development OpenID Connect provider, built on OpenIddict.</summary>
internal static class OidcProviderServiceCollectionExtensions
{
    public static IServiceCollection AddOidcProviderServices(this IServiceCollection services)
    {
        // A database name per emulator, so two emulators in one process share nothing.
        var databaseName = "emulator-" + Guid.NewGuid().ToString("N");
        services.AddDbContext<EmulatorDbContext>(options =>
        {
            options.UseInMemoryDatabase(databaseName);
            options.ConfigureWarnings(warnings => warnings.Ignore(InMemoryEventId.TransactionIgnoredWarning));
            options.UseOpenIddict();
        });

        services.AddAuthentication(SignInDefaults.CookieScheme)
            .AddCookie(SignInDefaults.CookieScheme, options =>
            {
                options.Cookie.Name = SignInDefaults.CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.LoginPath = SignInDefaults.SignInPath;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
            });

        services.AddOpenIddict()
            .AddCore(options => options.UseEntityFrameworkCore().UseDbContext<EmulatorDbContext>())
            .AddServer(ConfigureServer);

        services.AddHostedService<SignInClientRegistration>();

        return services;
    }

    private static void ConfigureServer(OpenIddictServerBuilder options)
    {
        options.SetAuthorizationEndpointUris("connect/authorize")
            .SetTokenEndpointUris("connect/token")
            .SetUserInfoEndpointUris("connect/userinfo")
            .SetEndSessionEndpointUris("connect/endsession");

        options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
        options.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles);

        // Keys live only as long as the process: a development provider needs no key store.
        options.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
        options.DisableAccessTokenEncryption();

        // Plain http is allowed because the provider runs on localhost only.
        options.UseAspNetCore()
            .EnableAuthorizationEndpointPassthrough()
            .EnableUserInfoEndpointPassthrough()
            .EnableEndSessionEndpointPassthrough()
            .DisableTransportSecurityRequirement();
    }
}
