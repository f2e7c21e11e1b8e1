using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MtdIncomeTax.Hmrc.Http;
using MtdIncomeTax.Hmrc.OAuth;
using MtdIncomeTax.Hmrc.Tokens;

namespace MtdIncomeTax.ContractTests.Clients;

/// <summary>
/// The HMRC clients as the app registers them (AddHmrcServices), with a connection whose access
/// token is always valid. Requests go to <paramref name="baseAddress"/>, through
/// <paramref name="primaryHandler"/> when one is given.
/// </summary>
public sealed class ClientHost(
    string baseAddress,
    HttpMessageHandler? primaryHandler = null,
    IDictionary<string, string?>? settings = null,
    ILoggerProvider? logs = null) : IDisposable
{
    public const string AccessToken = "contract-test-access-token";

    public static readonly Guid ConnectionId = Guid.Parse("4f1c8a52-0d4e-4b8e-9a3f-1c2d3e4f5a6b");

    private readonly ServiceProvider _services = Build(baseAddress, primaryHandler, settings, logs);

    public T Client<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public void Dispose() => _services.Dispose();

    private static ServiceProvider Build(
        string baseAddress, HttpMessageHandler? primaryHandler, IDictionary<string, string?>? settings, ILoggerProvider? logs)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Hmrc:Environment"] = "ContractTest",
                ["Hmrc:AuthorizeEndpoint"] = baseAddress + "oauth/authorize",
                ["Hmrc:TokenEndpoint"] = baseAddress + "oauth/token",
                ["Hmrc:ApiBaseAddress"] = baseAddress,
                ["Hmrc:ClientId"] = "contract-test-client",
                ["Hmrc:ClientSecret"] = "contract-test-secret",
                ["Hmrc:RedirectUri"] = "http://localhost/hmrc/callback",

                // The stubs have no rate limit and respond at once, so tests of the limit and of
                // retry timing set their own values.
                ["Hmrc:RateLimit:RequestsPerSecond"] = "1000",
                ["Hmrc:Retry:BaseDelay"] = "00:00:00.050",
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Debug);
            if (logs is not null)
            {
                logging.AddProvider(logs);
            }
        });
        services.AddSingleton<IHmrcTokenStore, ValidTokenStore>();
        services.AddSingleton<IHmrcCallRecorder, IgnoringCallRecorder>();
        services.AddHmrcServices();
        if (primaryHandler is not null)
        {
            services.ConfigureHttpClientDefaults(client => client.ConfigurePrimaryHttpMessageHandler(() => primaryHandler));
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private sealed class ValidTokenStore(TimeProvider time) : IHmrcTokenStore
    {
        public Task<StoredGrant?> GetAsync(Guid connectionId, CancellationToken cancellationToken) =>
            Task.FromResult<StoredGrant?>(connectionId == ConnectionId
                ? new StoredGrant(connectionId, true, AccessToken, "contract-test-refresh-token", time.GetUtcNow().AddHours(4), 0, null, Guid.Empty)
                : null);

        public Task<bool> TryAcquireLeaseAsync(Guid connectionId, Guid readVersion, string holder, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
            Task.FromResult(false);

        public Task<bool> SaveRefreshedAsync(Guid connectionId, string holder, HmrcTokenSet tokens, CancellationToken cancellationToken) =>
            Task.FromResult(false);

        public Task RecordTransientFailureAsync(Guid connectionId, string holder, string reason, DateTimeOffset retryAfter, CancellationToken cancellationToken) =>
            Task.CompletedTask;

        public Task MarkNeedsReauthorisationAsync(Guid connectionId, string? holder, string reason, CancellationToken cancellationToken) =>
            Task.CompletedTask;

        public Task ReleaseLeaseAsync(Guid connectionId, string holder, string outcome, CancellationToken cancellationToken) =>
            Task.CompletedTask;
    }

    private sealed class IgnoringCallRecorder : IHmrcCallRecorder
    {
        public Task RecordAsync(HmrcCallRecord record, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
