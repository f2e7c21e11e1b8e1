using System.Reflection;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MtdIncomeTax.Emulator.Agents;
using MtdIncomeTax.Emulator.Api;
using MtdIncomeTax.Emulator.Api.Agents;
using MtdIncomeTax.Emulator.Api.BusinessDetails;
using MtdIncomeTax.Emulator.Api.Calculations;
using MtdIncomeTax.Emulator.Api.IndividualDetails;
using MtdIncomeTax.Emulator.Api.Obligations;
using MtdIncomeTax.Emulator.Api.Pipeline;
using MtdIncomeTax.Emulator.Api.Property;
using MtdIncomeTax.Emulator.Api.SelfEmployment;
using MtdIncomeTax.Emulator.Api.TestSupport;
using MtdIncomeTax.Emulator.Configuration;
using MtdIncomeTax.Emulator.FraudPrevention;
using MtdIncomeTax.Emulator.OAuth;
using MtdIncomeTax.Emulator.Oidc;
using MtdIncomeTax.Emulator.Pages;
using MtdIncomeTax.Emulator.State;
using MtdIncomeTax.Emulator.TestSupport;
using MtdIncomeTax.Emulator.Users;

namespace MtdIncomeTax.Emulator;

/// <summary>
/// A local stand-in for HMRC's sandbox (OAuth 2.0 and the Income Tax APIs) and a development
/// OpenID Connect provider, hostable alone or inside another app's process.
/// </summary>
public static class EmulatorApp
{
    private const string EmbeddedSettings = "MtdIncomeTax.Emulator.appsettings.json";

    /// <summary>
    /// Builds the emulator. settings are configuration keys and values applied last, over
    /// appsettings, the environment and the command line, for example "urls" = "http://127.0.0.1:5080".
    /// </summary>
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? settings = null) =>
        Build(args, settings, configureServices: null);

    /// <summary>Builds the emulator and lets tests register services first, such as a fake TimeProvider.</summary>
    internal static WebApplication Build(
        string[] args,
        IReadOnlyDictionary<string, string?>? settings,
        Action<IServiceCollection>? configureServices)
    {
        var assembly = typeof(EmulatorApp).Assembly;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = assembly.GetName().Name,
            ContentRootPath = Path.GetDirectoryName(assembly.Location),
        });

        UseEmbeddedSettings(builder.Configuration, assembly);
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        configureServices?.Invoke(builder.Services);
        AddEmulatorServices(builder.Services);

        var app = builder.Build();
        app.UseAuthentication();
        MapEndpoints(app);

        return app;
    }

    private static void AddEmulatorServices(IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<EmulatorOptions>().BindConfiguration(EmulatorOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EmulatorOptions>, EmulatorOptionsValidator>();

        services.AddSingleton<OAuthStore>();
        services.AddSingleton<AuthorizeRequestValidator>();
        services.AddSingleton<AuthorizationJourney>();
        services.AddSingleton<TokenEndpoint>();
        services.AddSingleton<TokenEndpointFailures>();
        services.AddSingleton<HmrcUserRegistry>();
        services.AddSingleton<TaxpayerStore>();
        services.AddSingleton<BearerTokenCheck>();
        services.AddSingleton<ApplicationRateLimiter>();
        services.AddSingleton<CalculationTiming>();
        services.AddSingleton<ApiPipeline>();
        services.AddSingleton<FraudHeaderResults>();
        services.AddSingleton<BusinessDetailsEndpoints>();
        services.AddSingleton<ObligationsEndpoints>();
        services.AddSingleton<SelfEmploymentEndpoints>();
        services.AddSingleton<UkPropertyEndpoints>();
        services.AddSingleton<CalculationEndpoints>();
        services.AddSingleton<ItsaStatusEndpoint>();
        services.AddSingleton<SelfAssessmentTestSupportEndpoints>();
        services.AddSingleton<CreateTestUserEndpoints>();
        services.AddSingleton<AgentAuthorisationStore>();
        services.AddSingleton<AgentAuthorisationEndpoints>();
        services.AddSingleton<AgentAuthorisationTestSupportEndpoints>();
        services.AddSingleton<ConnectEndpoints>();
        services.AddSingleton<SignInCodes>();

        services.AddOidcProviderServices();
    }

    private static void MapEndpoints(WebApplication app)
    {
        AuthorizationJourney.Map(app);
        TokenEndpoint.Map(app);
        BusinessDetailsEndpoints.Map(app);
        ObligationsEndpoints.Map(app);
        SelfEmploymentEndpoints.Map(app);
        UkPropertyEndpoints.Map(app);
        CalculationEndpoints.Map(app);
        ItsaStatusEndpoint.Map(app);
        SelfAssessmentTestSupportEndpoints.Map(app);
        CreateTestUserEndpoints.Map(app);
        AgentAuthorisationEndpoints.Map(app);
        AgentAuthorisationTestSupportEndpoints.Map(app);
        ClientActionPage.Map(app);
        ConnectEndpoints.Map(app);
        FraudPreventionEndpoints.Map(app);

        // Read from configuration, not options, so that invalid options fail at start, not here.
        if (app.Configuration.GetValue<bool>($"{EmulatorOptions.SectionName}:{nameof(EmulatorOptions.TestMode)}"))
        {
            TestSupportEndpoints.Map(app);
            AgentTestSupportEndpoints.Map(app);
            FraudPreventionEndpoints.MapTestSupport(app);
        }
    }

    /// <summary>
    /// Replaces the appsettings files of the content root with the emulator's embedded
    /// appsettings.json. Hosted inside another app, the content root is that app's output folder,
    /// and its appsettings (Kestrel endpoints, logging) are not meant for the emulator.
    /// </summary>
    private static void UseEmbeddedSettings(ConfigurationManager configuration, Assembly assembly)
    {
        var fileSources = configuration.Sources.OfType<JsonConfigurationSource>().ToList();
        foreach (var source in fileSources)
        {
            configuration.Sources.Remove(source);
        }

        var stream = assembly.GetManifestResourceStream(EmbeddedSettings)
            ?? throw new InvalidOperationException($"The embedded resource {EmbeddedSettings} is missing.");
        configuration.Sources.Insert(0, new JsonStreamConfigurationSource { Stream = stream });
    }
}
