using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MtdIncomeTax.Hmrc.FraudPrevention;

namespace Microsoft.Extensions.DependencyInjection;

public static class FraudPreventionHttpClientBuilderExtensions
{
    /// <summary>
    /// Adds <see cref="FraudPreventionHandler"/> to the client's handler chain, and once per
    /// service collection the "Hmrc:FraudPrevention" options, checked at start. The host registers
    /// an <see cref="IFraudPreventionContext"/>; without one only the vendor headers are sent.
    /// </summary>
    public static IHttpClientBuilder AddFraudPreventionHeaders(this IHttpClientBuilder builder)
    {
        var services = builder.Services;
        if (!services.Any(service => service.ServiceType == typeof(FraudPreventionHandler)))
        {
            services.AddOptions<FraudPreventionOptions>()
                .BindConfiguration("Hmrc:FraudPrevention")
                .ValidateOnStart();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FraudPreventionOptions>, FraudPreventionOptionsValidator>());
            services.AddTransient(provider => new FraudPreventionHandler(
                provider.GetService<IFraudPreventionContext>(),
                provider.GetRequiredService<IOptions<FraudPreventionOptions>>(),
                provider.GetRequiredService<ILogger<FraudPreventionHandler>>()));
        }

        return builder.AddHttpMessageHandler<FraudPreventionHandler>();
    }
}
