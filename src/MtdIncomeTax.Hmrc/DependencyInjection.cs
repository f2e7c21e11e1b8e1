using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Hmrc.Api.AgentAuthorisation;
using MtdIncomeTax.Hmrc.Api.BusinessDetails;
using MtdIncomeTax.Hmrc.Api.Calculations;
using MtdIncomeTax.Hmrc.Api.FraudPrevention;
using MtdIncomeTax.Hmrc.Api.IndividualDetails;
using MtdIncomeTax.Hmrc.Api.Obligations;
using MtdIncomeTax.Hmrc.Api.Property;
using MtdIncomeTax.Hmrc.Api.SelfEmployment;
using MtdIncomeTax.Hmrc.Api.TestSupport;
using MtdIncomeTax.Hmrc.Http;
using MtdIncomeTax.Hmrc.OAuth;
using MtdIncomeTax.Hmrc.Tokens;

namespace Microsoft.Extensions.DependencyInjection;

public static class HmrcServiceCollectionExtensions
{
    /// <summary>
    /// Registers the HMRC token client, the token manager and the typed API clients. The host must
    /// register an <see cref="IHmrcTokenStore"/> and an <see cref="IHmrcCallRecorder"/>.
    /// </summary>
    public static IServiceCollection AddHmrcServices(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<HmrcOptions>()
            .BindConfiguration("Hmrc")
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<HmrcApisOptions>().BindConfiguration("Hmrc:Apis");
        services.AddSingleton<IValidateOptions<HmrcOptions>, HmrcOptionsValidator>();

        // The factory's own request logging is removed from every HMRC client: it would log each
        // request URI, and Income Tax API paths carry the person's NINO. ApiCallLoggingHandler logs
        // the endpoint template instead.
        services.AddHttpClient<HmrcTokenClient>((provider, client) =>
                client.Timeout = provider.GetRequiredService<IOptions<HmrcOptions>>().Value.TokenRequestTimeout)
            .RemoveAllLoggers();
        services.AddHttpClient(HmrcApplicationTokenProvider.HttpClientName, (provider, client) =>
                client.Timeout = provider.GetRequiredService<IOptions<HmrcOptions>>().Value.TokenRequestTimeout)
            .RemoveAllLoggers();

        services.AddOptions<TokenManagementOptions>()
            .BindConfiguration("Hmrc:Tokens")
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<HmrcTokenRefresher>();
        services.AddSingleton<HmrcTokenManager>();
        services.AddSingleton<HmrcApplicationTokenProvider>();

        services.AddTransient<BearerTokenHandler>();
        services.AddTransient<ApplicationTokenHandler>();
        services.AddTransient<ApiCallLoggingHandler>();

        // One rate limiter for every HMRC API client in the process: HMRC counts the application's
        // requests, whichever API they go to.
        services.AddOptions<HmrcRateLimitOptions>()
            .BindConfiguration(HmrcRateLimitOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<HmrcRetryOptions>()
            .BindConfiguration(HmrcRetryOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddKeyedSingleton(HmrcResilience.TimeProviderKey, TimeProvider.System);
        services.TryAddSingleton(HmrcResilience.CreateRateLimiter);
        services.AddTransient<RateLimitingHandler>();

        services.AddHttpClient<BusinessDetailsClient>().AddHmrcApiPipeline(HmrcApiNames.BusinessDetails);
        services.AddHttpClient<ObligationsClient>().AddHmrcApiPipeline(HmrcApiNames.Obligations);
        services.AddHttpClient<SelfEmploymentBusinessClient>().AddHmrcApiPipeline(HmrcApiNames.SelfEmploymentBusiness);
        services.AddHttpClient<PropertyBusinessClient>().AddHmrcApiPipeline(HmrcApiNames.PropertyBusiness);
        services.AddHttpClient<IndividualCalculationsClient>().AddHmrcApiPipeline(HmrcApiNames.IndividualCalculations);
        services.AddHttpClient<IndividualDetailsClient>().AddHmrcApiPipeline(HmrcApiNames.IndividualDetails);
        services.AddHttpClient<SelfAssessmentTestSupportClient>().AddHmrcApiPipeline(HmrcApiNames.SelfAssessmentTestSupport);
        services.AddHttpClient<CreateTestUserClient>().AddHmrcApiPipeline(HmrcApiNames.CreateTestUser);
        services.AddHttpClient<FraudPreventionValidatorClient>().AddHmrcApiPipeline(HmrcApiNames.TestFraudPreventionHeaders);
        services.AddHttpClient<AgentAuthorisationClient>().AddHmrcApiPipeline(HmrcApiNames.AgentAuthorisation);
        services.AddHttpClient<AgentAuthorisationTestSupportClient>().AddHmrcApiPipeline(HmrcApiNames.AgentAuthorisationTestSupport);

        return services;
    }
}
