using System.Net;
using Microsoft.Extensions.Logging;
using MtdIncomeTax.Hmrc.Api;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace MtdIncomeTax.Hmrc.Http;

public static partial class HmrcResilience
{
    private static RetryStrategyOptions<HttpResponseMessage> RetryStrategy(
        HmrcRetryOptions options, TimeProvider timeProvider, ILogger logger) => new()
    {
        Name = "retry",
        MaxRetryAttempts = options.MaxRetryAttempts,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = options.BaseDelay,
        MaxDelay = options.MaxDelay,
        ShouldHandle = arguments => ValueTask.FromResult(ShouldRetry(arguments.Outcome, arguments.Context.GetRequestMessage())),
        DelayGenerator = arguments => ValueTask.FromResult(ThrottledDelay(arguments.Outcome, arguments.AttemptNumber, options, timeProvider)),
        OnRetry = arguments => LogRetryAsync(logger, arguments, options.MaxRetryAttempts),
    };

    /// <summary>
    /// Decides whether an attempt's outcome is worth another attempt. A read can be repeated
    /// freely. A write is repeated only when HMRC has certainly not processed it: HMRC's gateway
    /// returns 429 MESSAGE_THROTTLED_OUT before the request reaches the API, and a refused connection
    /// carried nothing. After a time-out, a connection lost mid-way or a 5xx, a write may have been
    /// applied, so it is returned to the caller, which reports the outcome as unknown.
    /// </summary>
    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request)
    {
        // A request the pipeline cannot see is treated as a write, so it is never replayed on a guess.
        var isRead = request?.Method == HttpMethod.Get || request?.Method == HttpMethod.Head;
        if (outcome.Result is { } response)
        {
            return response.StatusCode == HttpStatusCode.TooManyRequests
                || (isRead && IsRetriedServerError(response.StatusCode));
        }

        return outcome.Exception switch
        {
            // The queue is full now, and waiting in it again would only add to it.
            HmrcRequestQueueFullException => false,
            HttpRequestException exception => isRead || IsRefusedBeforeSending(exception),
            TimeoutRejectedException => isRead,
            _ => false,
        };
    }

    private static bool IsRetriedServerError(HttpStatusCode status) =>
        status is HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>
    /// Returns the wait after a 429: ThrottledDelay doubled for each earlier retry, up to MaxDelay,
    /// or HMRC's Retry-After when that is longer. Null for any other outcome, so that Polly's
    /// exponential back-off with jitter applies.
    /// </summary>
    internal static TimeSpan? ThrottledDelay(
        Outcome<HttpResponseMessage> outcome, int attemptNumber, HmrcRetryOptions options, TimeProvider timeProvider)
    {
        if (outcome.Result?.StatusCode != HttpStatusCode.TooManyRequests)
        {
            return null;
        }

        var cap = options.MaxDelay > options.ThrottledDelay ? options.MaxDelay : options.ThrottledDelay;
        var doubled = options.ThrottledDelay * Math.Pow(2, Math.Min(attemptNumber, 16));
        var backoff = doubled > cap ? cap : doubled;
        var retryAfter = RetryAfterOf(outcome.Result, timeProvider);
        return retryAfter > backoff ? retryAfter : backoff;
    }

    private static TimeSpan? RetryAfterOf(HttpResponseMessage response, TimeProvider timeProvider)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date ? date - timeProvider.GetUtcNow() : null;
    }

    private static async ValueTask LogRetryAsync(ILogger logger, OnRetryArguments<HttpResponseMessage> arguments, int maxRetries)
    {
        var request = arguments.Context.GetRequestMessage();
        var method = request?.Method.Method ?? "(unknown method)";
        var endpoint = request is null ? "(unnamed endpoint)" : BearerTokenHandler.EndpointOf(request);
        var response = arguments.Outcome.Result;
        var failure = response is null
            ? FailureOf(arguments.Outcome.Exception)
            : $"{(int)response.StatusCode} {(await HmrcErrorReader.ReadAsync(response, arguments.Context.CancellationToken)).Code}";
        var correlationId = response is null ? null : HmrcErrorReader.CorrelationIdOf(response);

        logger.ApiRetryScheduled(
            method, endpoint, failure, arguments.AttemptNumber + 1, maxRetries, (long)arguments.RetryDelay.TotalMilliseconds, correlationId);
    }

    private static string FailureOf(Exception? exception) => exception switch
    {
        TimeoutRejectedException timeout => $"no response within {timeout.Timeout}",
        HttpRequestException transport => $"{transport.HttpRequestError} transport failure",
        null => "no outcome",
        _ => exception.GetType().Name,
    };
}
