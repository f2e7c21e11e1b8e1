using MtdIncomeTax.Web.Agents.CheckAll;

namespace Microsoft.Extensions.DependencyInjection;

public static class ClientCheckServiceCollectionExtensions
{
    /// <summary>Registers "check all clients": its settings (Agents:CheckAll), the runner and the background service.</summary>
    public static IServiceCollection AddClientCheckServices(this IServiceCollection services)
    {
        services.AddOptions<ClientCheckOptions>()
            .BindConfiguration(ClientCheckOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton<ClientCheckSignal>();
        services.AddSingleton<ClientCheckRunner>();
        services.AddHostedService<ClientCheckService>();
        return services;
    }
}
