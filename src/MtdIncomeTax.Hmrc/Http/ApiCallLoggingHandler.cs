using System.Diagnostics;
using Microsoft.Extensions.Logging;
using MtdIncomeTax.Hmrc.Api;

namespace MtdIncomeTax.Hmrc.Http;

/// <summary>
/// Logs each HMRC API call with the endpoint template (never the real path, which contains a NINO),
/// the status, HMRC's error code and the X-CorrelationId that HMRC requests in support cases.
/// </summary>
public sealed class ApiCallLoggingHandler(
    IHmrcCallRecorder recorder,
    TimeProvider timeProvider,
    ILogger<ApiCallLoggingHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var endpoint = BearerTokenHandler.EndpointOf(request);
        var occurredAt = timeProvider.GetUtcNow();
        var started = Stopwatch.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            var failedAfterMs = ElapsedMs(started);
            logger.ApiCallFailed(request.Method.Method, endpoint, failedAfterMs, exception);
            await RecordAsync(request, new HmrcCallRecord(Guid.Empty, occurredAt, request.Method.Method, endpoint, 0, null, null, failedAfterMs));
            throw;
        }

        string? hmrcCode = null;
        if (!response.IsSuccessStatusCode)
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            hmrcCode = (await HmrcErrorReader.ReadAsync(response, cancellationToken)).Code;
        }

        var elapsedMs = ElapsedMs(started);
        var correlationId = HmrcErrorReader.CorrelationIdOf(response);
        logger.ApiCallCompleted(request.Method.Method, endpoint, (int)response.StatusCode, hmrcCode, elapsedMs, correlationId);
        await RecordAsync(
            request,
            new HmrcCallRecord(Guid.Empty, occurredAt, request.Method.Method, endpoint, (int)response.StatusCode, hmrcCode, correlationId, elapsedMs));
        return response;
    }

    private async Task RecordAsync(HttpRequestMessage request, HmrcCallRecord call)
    {
        if (request.Options.TryGetValue(HmrcRequestOptions.ConnectionId, out var connectionId))
        {
            // The record outlives a cancelled request: support needs to see calls the person gave up on.
            await recorder.RecordAsync(call with { ConnectionId = connectionId }, CancellationToken.None);
        }
    }

    private static long ElapsedMs(long started) => (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}
