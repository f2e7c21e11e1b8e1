using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.WebEncoders;
using MtdIncomeTax.Web.Agents;
using MtdIncomeTax.Web.Agents.Acting;
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

        // Pages keep £, − and other non-ASCII letters as they are instead of &#xA3; and the like;
        // characters that matter to HTML are still encoded.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.AddOptions<LinkingOptions>()
            .BindConfiguration("Linking")
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddScoped<HmrcLinkService>();
        services.AddScoped<ObligationsService>();
        services.AddScoped<AgentClientStatusService>();
        services.AddScoped<PracticeAccountCheck>();
        services.AddScoped<AuthorisationRequestService>();
        services.AddScoped<ClientDetailsService>();
        services.AddScoped<ClientAccess>();
        services.AddScoped<QuarterlyUpdateService>();
        return services;
    }
}
