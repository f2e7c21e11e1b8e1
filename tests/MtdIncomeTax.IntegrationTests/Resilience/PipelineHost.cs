using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MtdIncomeTax.Hmrc.Api.BusinessDetails;
using MtdIncomeTax.Hmrc.Http;
using MtdIncomeTax.Hmrc.OAuth;
using MtdIncomeTax.Hmrc.Tokens;

namespace MtdIncomeTax.IntegrationTests.Resilience;

/// <summary>
/// The HMRC services alone, as the app registers them, pointed at a stub HMRC over real HTTP, with
/// a stored grant whose token stays valid and every log entry captured. WriteClient sends raw
/// requests through the same pipeline as the typed clients. Sends records the moment each request
/// leaves the pipeline for the network, innermost in both clients.
/// </summary>
public sealed class PipelineHost : IAsyncDisposable
{
    public const string AccessToken = "access-resilience-7c1d";
    public const string WriteClientName = "hmrc-raw-write";

    private readonly ServiceProvider _provider;

    public PipelineHost(string hmrcAddress, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Hmrc:Environment"] = "Test",
                ["Hmrc:AuthorizeEndpoint"] = "https://test-www.hmrc.example/oauth/authorize",
                ["Hmrc:TokenEndpoint"] = hmrcAddress + "/oauth/token",
                ["Hmrc:ApiBaseAddress"] = hmrcAddress,
                ["Hmrc:ClientId"] = "resilience-tests",
                ["Hmrc:ClientSecret"] = "resilience-secret-3e9a",
                ["Hmrc:RedirectUri"] = "https://app.example.test/hmrc/callback",
                ["Hmrc:Retry:BaseDelay"] = "00:00:00.050",
                ["Hmrc:Retry:MaxRetryAttempts"] = "2",
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(Logs));
        services.AddSingleton<IHmrcTokenStore>(new ValidGrantStore(ConnectionId));
        services.AddSingleton<IHmrcCallRecorder, DiscardingCallRecorder>();
        services.AddHmrcServices();
        services.AddHttpClient<BusinessDetailsClient>()
            .AddHttpMessageHandler(() => new SendRecorder(Sends));
        services.AddHttpClient(WriteClientName, client => client.BaseAddress = new Uri(hmrcAddress.TrimEnd('/') + "/"))
            .RemoveAllLoggers()
            .AddHmrcResilience()
            .AddHttpMessageHandler<BearerTokenHandler>()
            .AddHmrcRateLimiting()
            .AddHttpMessageHandler<ApiCallLoggingHandler>()
            .AddHttpMessageHandler(() => new SendRecorder(Sends));

        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public Guid ConnectionId { get; } = Guid.NewGuid();

    public CapturingLoggerProvider Logs { get; } = new();

    public ConcurrentQueue<RecordedSend> Sends { get; } = new();

    /// <summary>The times, in order, at which requests left the pipeline for the network.</summary>
    public IReadOnlyList<TimeSpan> SendTimes => Sends.Select(send => send.At).Order().ToList();

    public BusinessDetailsClient BusinessDetails => _provider.GetRequiredService<BusinessDetailsClient>();

    /// <summary>Any typed client, as the app registers it.</summary>
    public T Client<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    public HttpClient WriteClient => _provider.GetRequiredService<IHttpClientFactory>().CreateClient(WriteClientName);

    /// <summary>A write as a typed client builds it: the connection and the endpoint template set.</summary>
    public HttpRequestMessage Write(HttpMethod method, string path, string endpoint)
    {
        var request = new HttpRequestMessage(method, path)
        {
            Content = new StringContent("""{"periodDates":{"periodStartDate":"2025-04-06","periodEndDate":"2025-07-05"}}""",
                System.Text.Encoding.UTF8, "application/json"),
        };
        request.Options.Set(HmrcRequestOptions.ConnectionId, ConnectionId);
        request.Options.Set(HmrcRequestOptions.Endpoint, endpoint);
        return request;
    }

    /// <summary>Runs the options checks that the app runs when it starts.</summary>
    public void ValidateAsAtStart() => _provider.GetRequiredService<IStartupValidator>().Validate();

    public ValueTask DisposeAsync() => _provider.DisposeAsync();

    /// <summary>One active grant whose access token is good for hours; a refresh is never needed.</summary>
    private sealed class ValidGrantStore(Guid connectionId) : IHmrcTokenStore
    {
        public Task<StoredGrant?> GetAsync(Guid id, CancellationToken cancellationToken) =>
            Task.FromResult(id == connectionId
                ? new StoredGrant(id, true, AccessToken, "refresh-resilience-7c1d", DateTimeOffset.UtcNow.AddHours(4), 0, null, Guid.NewGuid())
                : null);

        public Task<bool> TryAcquireLeaseAsync(Guid id, Guid readVersion, string holder, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
            throw new NotSupportedException("These tests never refresh a token.");

        public Task<bool> SaveRefreshedAsync(Guid id, string holder, HmrcTokenSet tokens, CancellationToken cancellationToken) =>
            throw new NotSupportedException("These tests never refresh a token.");

        public Task RecordTransientFailureAsync(Guid id, string holder, string reason, DateTimeOffset retryAfter, CancellationToken cancellationToken) =>
            throw new NotSupportedException("These tests never refresh a token.");

        public Task MarkNeedsReauthorisationAsync(Guid id, string? holder, string reason, CancellationToken cancellationToken) =>
            throw new NotSupportedException("These tests never refresh a token.");

        public Task ReleaseLeaseAsync(Guid id, string holder, string outcome, CancellationToken cancellationToken) =>
            throw new NotSupportedException("These tests never refresh a token.");
    }

    public sealed record RecordedSend(string Method, string Path, TimeSpan At);

    private sealed class SendRecorder(ConcurrentQueue<RecordedSend> sends) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            sends.Enqueue(new RecordedSend(request.Method.Method, request.RequestUri!.AbsolutePath, Stopwatch.GetElapsedTime(0)));
            return base.SendAsync(request, cancellationToken);
        }
    }

    private sealed class DiscardingCallRecorder : IHmrcCallRecorder
    {
        public Task RecordAsync(HmrcCallRecord record, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
