using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Web.Authentication;
using MtdIncomeTax.Web.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

public static class LocalEmulatorExtensions
{
    /// <summary>
    /// Starts the local HMRC emulator alongside the app when the settings point at it (see
    /// <see cref="LocalEmulatorSettings"/>), and fills in the client secrets it will check. The
    /// same app runs unchanged against HMRC and a real OpenID Connect provider.
    /// </summary>
    public static IServiceCollection AddLocalEmulator(this IServiceCollection services)
    {
        services.AddSingleton<LocalEmulatorSettings>();

        services.AddOptions<HmrcOptions>().PostConfigure<LocalEmulatorSettings>((options, emulator) =>
        {
            if (emulator.Enabled && string.IsNullOrEmpty(options.ClientSecret))
            {
                options.ClientSecret = emulator.HmrcClientSecret;
            }
        });

        services.AddOptions<OidcSignInOptions>().PostConfigure<LocalEmulatorSettings>((options, emulator) =>
        {
            if (emulator.Enabled && string.IsNullOrEmpty(options.ClientSecret))
            {
                options.ClientSecret = emulator.SignInClientSecret;
            }
        });

        services.AddHostedService<LocalEmulatorHost>();
        return services;
    }
}
