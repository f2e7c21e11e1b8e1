using Microsoft.Extensions.Options;
using MtdIncomeTax.Hmrc.FraudPrevention;
using MtdIncomeTax.Web.FraudPrevention;

namespace Microsoft.Extensions.DependencyInjection;

public static class FraudPreventionServiceCollectionExtensions
{
    /// <summary>
    /// Registers the source of the person's data for HMRC's fraud prevention headers, the
    /// "FraudPrevention" options and the header check made after linking.
    /// </summary>
    public static IServiceCollection AddFraudPreventionServices(this IServiceCollection services)
    {
        services.AddOptions<FraudPreventionWebOptions>()
            .BindConfiguration("FraudPrevention")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<FraudPreventionWebOptions>, FraudPreventionWebOptionsValidator>();

        services.AddHttpContextAccessor();
        services.AddSingleton<FraudPreventionRequestReader>();
        services.AddSingleton<IFraudPreventionContext, HttpFraudPreventionContext>();
        services.AddScoped<FraudHeaderChecker>();
        return services;
    }
}
