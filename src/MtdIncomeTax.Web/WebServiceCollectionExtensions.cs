using Microsoft.AspNetCore.Mvc;
using MtdIncomeTax.Web.Linking;

namespace Microsoft.Extensions.DependencyInjection;

public static class WebServiceCollectionExtensions
{
    /// <summary>Registers MVC with antiforgery checks on every unsafe request, and the link journey.</summary>
    public static IServiceCollection AddWebServices(this IServiceCollection services)
    {
        services.AddControllersWithViews(options => options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()));

        services.AddOptions<LinkingOptions>()
            .BindConfiguration("Linking")
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddScoped<HmrcLinkService>();
        return services;
    }
}
