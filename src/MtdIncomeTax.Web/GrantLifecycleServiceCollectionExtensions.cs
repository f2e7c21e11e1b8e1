using Microsoft.Extensions.Options;
using MtdIncomeTax.Data.Reminders;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.Web.Connections;
using MtdIncomeTax.Web.Email;
using MtdIncomeTax.Web.Reminders;

namespace Microsoft.Extensions.DependencyInjection;

public static class GrantLifecycleServiceCollectionExtensions
{
    /// <summary>
    /// Registers the end of a connection's life: expiry and disconnection, the reconnect banner,
    /// grant-ending reminders and the email sender they use (SMTP when Email:Enabled is true).
    /// </summary>
    public static IServiceCollection AddGrantLifecycleServices(this IServiceCollection services)
    {
        services.AddOptions<EmailOptions>()
            .BindConfiguration("Email")
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<GrantReminderOptions>()
            .BindConfiguration("Reminders")
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddScoped<ConnectionLifecycleStore>();
        services.AddScoped<CurrentConnection>();

        services.AddSingleton<SmtpEmailSender>();
        services.AddSingleton<DisabledEmailSender>();
        services.AddSingleton<IEmailSender>(provider =>
            provider.GetRequiredService<IOptions<EmailOptions>>().Value.Enabled
                ? provider.GetRequiredService<SmtpEmailSender>()
                : provider.GetRequiredService<DisabledEmailSender>());

        services.AddSingleton<GrantReminderSchedule>();
        services.AddScoped<GrantReminderStore>();
        services.AddScoped<GrantReminderDispatcher>();
        services.AddHostedService<GrantReminderService>();

        return services;
    }
}
