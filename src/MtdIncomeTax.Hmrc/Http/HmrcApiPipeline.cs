using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MtdIncomeTax.Hmrc.Http;

public static class HmrcApiPipeline
{
    /// <summary>
    /// Adds the handler chain every HMRC API client uses, outermost first: the Accept version,
    /// Gov-Test-Scenario, retries and the time limit of the whole call, the bearer token (the
    /// person's, the application's for Create Test User, or none for Agent Authorisation Test
    /// Support, whose endpoints are open), the rate limiter with the time limit of each send, and
    /// call logging. The base address comes from <see cref="HmrcOptions"/>.
    /// </summary>
    public static IHttpClientBuilder AddHmrcApiPipeline(this IHttpClientBuilder builder, string apiName)
    {
        // The factory's own request logging would log each request URI, and Income Tax API paths
        // carry the person's NINO. ApiCallLoggingHandler logs the endpoint template instead.
        builder.RemoveAllLoggers();
        builder.ConfigureHttpClient(ConfigureApiClient);

        builder.AddHttpMessageHandler(provider =>
            new AcceptVersionHandler(provider.GetRequiredService<IOptions<HmrcApisOptions>>().Value.For(apiName).Version));
        builder.AddHttpMessageHandler(provider => new GovTestScenarioHandler(
            provider.GetRequiredService<IOptions<HmrcOptions>>().Value.AllowGovTestScenario,
            provider.GetRequiredService<IOptions<HmrcApisOptions>>().Value.For(apiName).GovTestScenario,
            provider.GetRequiredService<ILogger<GovTestScenarioHandler>>()));

        // Outside the token handler, so that each retry gets a valid token.
        builder.AddHmrcResilience();

        AddTokenHandler(builder, apiName);

        // Inside the token handler, so that every request that leaves for HMRC, a token handler's
        // replay included, takes a permit.
        builder.AddHmrcRateLimiting();

        builder.AddFraudPreventionHeaders();
        builder.AddHttpMessageHandler<ApiCallLoggingHandler>();
        return builder;
    }

    private static void AddTokenHandler(IHttpClientBuilder builder, string apiName)
    {
        switch (apiName)
        {
            case HmrcApiNames.CreateTestUser:
                builder.AddHttpMessageHandler<ApplicationTokenHandler>();
                break;
            case HmrcApiNames.AgentAuthorisationTestSupport:
                // Its OpenAPI document declares no security on either endpoint, so no token is sent.
                break;
            default:
                builder.AddHttpMessageHandler<BearerTokenHandler>();
                break;
        }
    }

    private static void ConfigureApiClient(IServiceProvider provider, HttpClient client)
    {
        var options = provider.GetRequiredService<IOptions<HmrcOptions>>().Value;
        client.BaseAddress = new Uri(options.ApiBaseAddress.TrimEnd('/') + "/");
    }
}
