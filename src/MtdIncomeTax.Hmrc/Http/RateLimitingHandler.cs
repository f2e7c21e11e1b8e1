using System.Diagnostics;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using MtdIncomeTax.Hmrc.Api;

namespace MtdIncomeTax.Hmrc.Http;

/// <summary>
/// Takes a permit from the application-wide <see cref="SlidingLogRateLimiter"/> for every request
/// that leaves for HMRC, and returns it when the response arrives or the send fails, so the app stays
/// within HMRC's per-application limit. It sits below BearerTokenHandler, so that a replay with a
/// refreshed token takes a permit too. Logs each 429 and each wait for a send slot longer than one
/// window.
/// </summary>
public sealed class RateLimitingHandler(SlidingLogRateLimiter limiter, ILogger<RateLimitingHandler> logger) : DelegatingHandler
{
    private static readonly HttpRequestOptionsKey<bool> MayHaveBeenProcessedKey = new("MtdIncomeTax.Hmrc.MayHaveBeenProcessed");

    /// <summary>
    /// Returns whether HMRC may have processed the last send of a request: true once it has left
    /// this process, unless it then got a 429 or its connection was refused. A write that failed
    /// while this is false was certainly not applied and can be sent again.
    /// </summary>
    public static bool MayHaveBeenProcessed(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Options.TryGetValue(MayHaveBeenProcessedKey, out var value) && value;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var endpoint = BearerTokenHandler.EndpointOf(request);
        var queuedAt = Stopwatch.GetTimestamp();
        using var lease = await limiter.AcquireAsync(1, cancellationToken);
        if (!lease.IsAcquired)
        {
            throw Rejected(request.Method.Method, endpoint, lease);
        }

        var waited = Stopwatch.GetElapsedTime(queuedAt);
        string? correlationId = null;
        GiveWriteABody(request);
        request.Options.Set(MayHaveBeenProcessedKey, true);
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            correlationId = HmrcErrorReader.CorrelationIdOf(response);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                request.Options.Set(MayHaveBeenProcessedKey, false);
                await LogThrottledAsync(request.Method.Method, endpoint, response, cancellationToken);
            }

            return response;
        }
        catch (HttpRequestException exception) when (HmrcResilience.IsRefusedBeforeSending(exception))
        {
            request.Options.Set(MayHaveBeenProcessedKey, false);
            throw;
        }
        finally
        {
            if (waited > limiter.Options.Window)
            {
                logger.SendSlotWaitLong(request.Method.Method, endpoint, (long)waited.TotalMilliseconds, correlationId);
            }
        }
    }

    /// <summary>
    /// Gives a write without a body an empty one. SocketsHttpHandler sends a request again on a new
    /// connection, up to 3 times, when its connection ends before any response, unless it had started
    /// sending a body. For a write that HMRC may already have processed, such as a calculation
    /// trigger, that would be a replay after an ambiguous failure.
    /// </summary>
    private static void GiveWriteABody(HttpRequestMessage request)
    {
        if (request.Content is null && request.Method != HttpMethod.Get && request.Method != HttpMethod.Head)
        {
            request.Content = new ByteArrayContent([]);
        }
    }

    private HmrcRequestQueueFullException Rejected(string method, string endpoint, RateLimitLease lease)
    {
        var reason = lease.TryGetMetadata(MetadataName.ReasonPhrase, out var phrase) ? phrase : "no send slot is free";
        TimeSpan? retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : null;
        logger.SendSlotRejected(method, endpoint, reason!);

        return new HmrcRequestQueueFullException(
            $"The HMRC request was not sent: {reason}. This instance keeps to {limiter.Options.PermitLimit} "
            + $"requests a second ({HmrcRateLimitOptions.SectionName}). Try again shortly.",
            retryAfter);
    }

    private async Task LogThrottledAsync(string method, string endpoint, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var error = await HmrcErrorReader.ReadAsync(response, cancellationToken);
        logger.ApiThrottled(method, endpoint, error.Code, limiter.Options.PermitLimit, error.CorrelationId);
    }
}
