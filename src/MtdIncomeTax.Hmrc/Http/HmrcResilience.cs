using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace MtdIncomeTax.Hmrc.Http;

/// <summary>
/// Retries, time-outs and the rate limit of the HMRC API clients. <see cref="AddHmrcResilience"/>
/// goes outside the token handler and <see cref="AddHmrcRateLimiting"/> inside it.
/// </summary>
public static partial class HmrcResilience
{
    /// <summary>
    /// Key of the TimeProvider by which the HMRC pipeline measures waits, time-outs and the rate
    /// limit: real time unless a test registers another under this key. It is kept apart from the
    /// app's TimeProvider, which tests replace with a clock that moves token expiry, because HMRC
    /// counts real seconds.
    /// </summary>
    public const string TimeProviderKey = "MtdIncomeTax.Hmrc.Pipeline";

    /// <summary>
    /// Adds the retry and the time limit of the whole call (Hmrc:Retry). Call it outside the token
    /// handler, so that each attempt gets a valid token. Reads (GET) retry 429, 500, 502, 503, 504,
    /// transport failures and send time-outs. Writes retry only a 429 and a refused connection, after
    /// which HMRC has certainly not processed them. HttpClient.Timeout is turned off, because it
    /// would count the wait for a send slot. A time-out arrives as a TaskCanceledException with an
    /// inner TimeoutException, as HttpClient's own does.
    /// </summary>
    public static IHttpClientBuilder AddHmrcResilience(this IHttpClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);
        builder.AddHttpMessageHandler(() => new TimeoutRejectionHandler());
        builder.AddResilienceHandler("hmrc-retry", ConfigureRetryPipeline);
        return builder;
    }

    /// <summary>
    /// Adds <see cref="RateLimitingHandler"/> and, below it, the time limit of each send
    /// (Hmrc:ApiRequestTimeout), which starts once the request has a send slot. Call it inside the
    /// token handler, so that a replay with a refreshed token takes a permit too.
    /// </summary>
    public static IHttpClientBuilder AddHmrcRateLimiting(this IHttpClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.AddHttpMessageHandler<RateLimitingHandler>();
        builder.AddResilienceHandler("hmrc-send-timeout", ConfigureSendTimeout);
        return builder;
    }

    /// <summary>
    /// Returns whether an exception means the connection to HMRC could not be opened, so that no
    /// byte of the request was sent: a name that did not resolve, a refused or unreachable
    /// connection, or a failed TLS handshake.
    /// </summary>
    public static bool IsRefusedBeforeSending(Exception exception) =>
        exception is HttpRequestException
        {
            HttpRequestError: HttpRequestError.NameResolutionError
                or HttpRequestError.ConnectionError
                or HttpRequestError.SecureConnectionError,
        };

    internal static SlidingLogRateLimiter CreateRateLimiter(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<HmrcRateLimitOptions>>().Value;
        return new SlidingLogRateLimiter(SlidingLogRateLimiterOptions.From(options), PipelineClock(provider));
    }

    private static TimeProvider PipelineClock(IServiceProvider provider) =>
        provider.GetRequiredKeyedService<TimeProvider>(TimeProviderKey);

    private static void ConfigureRetryPipeline(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var provider = context.ServiceProvider;
        var options = provider.GetRequiredService<IOptions<HmrcRetryOptions>>().Value;
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HmrcResilience).FullName!);

        var clock = PipelineClock(provider);

        pipeline.TimeProvider = clock;
        pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Name = "total", Timeout = options.TotalTimeout });
        if (options.MaxRetryAttempts > 0)
        {
            pipeline.AddRetry(RetryStrategy(options, clock, logger));
        }
    }

    private static void ConfigureSendTimeout(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var provider = context.ServiceProvider;
        var options = provider.GetRequiredService<IOptions<HmrcOptions>>().Value;

        pipeline.TimeProvider = PipelineClock(provider);
        pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Name = "send", Timeout = options.ApiRequestTimeout });
    }
}
