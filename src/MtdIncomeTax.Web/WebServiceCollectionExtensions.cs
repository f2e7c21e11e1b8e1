using Microsoft.AspNetCore.Mvc;
using MtdIncomeTax.Web.Linking;
using MtdIncomeTax.Web.Obligations;
using MtdIncomeTax.Web.Updates;

namespace Microsoft.Extensions.DependencyInjection;

public static class WebServiceCollectionExtensions
{
    /// <summary>Registers MVC with antiforgery checks on every unsafe request, the link journey, obligations and quarterly updates.</summary>
    public static IServiceCollection AddWebServices(this IServiceCollection services)
    {
        services.AddControllersWithViews(options => options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()));

        services.AddOptions<LinkingOptions>()
            .BindConfiguration("Linking")
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddScoped<HmrcLinkService>();
        services.AddScoped<ObligationsService>();
        services.AddScoped<QuarterlyUpdateService>();
        return services;
    }
}
