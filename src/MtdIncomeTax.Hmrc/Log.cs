using Microsoft.Extensions.Logging;
using MtdIncomeTax.Hmrc.OAuth;

namespace MtdIncomeTax.Hmrc;

/// <summary>Log messages of the HMRC integration. None of them carries a token, code, verifier or secret.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, EventName = "TokenRequestSucceeded", Level = LogLevel.Information,
        Message = "HMRC token request ({GrantType}) succeeded; the access token lasts {ExpiresIn}")]
    public static partial void TokenRequestSucceeded(this ILogger logger, string grantType, TimeSpan expiresIn);

    [LoggerMessage(EventId = 1002, EventName = "TokenRequestFailed", Level = LogLevel.Warning,
        Message = "HMRC token request ({GrantType}) failed: {Outcome}, HTTP {StatusCode}, error {Error}: {ErrorDescription}")]
    public static partial void TokenRequestFailed(
        this ILogger logger, string grantType, TokenRequestOutcome outcome, int? statusCode, string? error,
        string? errorDescription, Exception? exception);

    [LoggerMessage(EventId = 1003, EventName = "TokenRequestTimedOut", Level = LogLevel.Warning,
        Message = "HMRC token request ({GrantType}) timed out after {Timeout}")]
    public static partial void TokenRequestTimedOut(this ILogger logger, string grantType, TimeSpan timeout);

    [LoggerMessage(EventId = 1004, EventName = "RefreshStarted", Level = LogLevel.Debug,
        Message = "Refreshing the HMRC access token of connection {ConnectionId} under lease {LeaseHolder}")]
    public static partial void RefreshStarted(this ILogger logger, Guid connectionId, string leaseHolder);

    [LoggerMessage(EventId = 1005, EventName = "RefreshRefusedAsConcurrent", Level = LogLevel.Warning,
        Message = "HMRC refused a refresh of connection {ConnectionId} as already in progress: {ErrorDescription}")]
    public static partial void RefreshRefusedAsConcurrent(this ILogger logger, Guid connectionId, string? errorDescription);

    [LoggerMessage(EventId = 1006, EventName = "ClientCredentialsRejected", Level = LogLevel.Error,
        Message = "HMRC rejected the application's client ID or secret ({Error}) while refreshing connection {ConnectionId}; check Hmrc:ClientId and Hmrc:ClientSecret. The connection is left as it was")]
    public static partial void ClientCredentialsRejected(this ILogger logger, Guid connectionId, string? error);

    [LoggerMessage(EventId = 1007, EventName = "TokenRejectedAfterRefresh", Level = LogLevel.Warning,
        Message = "HMRC rejected the refreshed access token of connection {ConnectionId}; the person must grant authority again")]
    public static partial void TokenRejectedAfterRefresh(this ILogger logger, Guid connectionId);

    [LoggerMessage(EventId = 1010, EventName = "ApiCallCompleted", Level = LogLevel.Information,
        Message = "HMRC {Method} {Endpoint} answered {StatusCode} {HmrcCode} in {ElapsedMs} ms, X-CorrelationId {CorrelationId}")]
    public static partial void ApiCallCompleted(
        this ILogger logger, string method, string endpoint, int statusCode, string? hmrcCode, long elapsedMs, string? correlationId);

    [LoggerMessage(EventId = 1011, EventName = "ApiCallFailed", Level = LogLevel.Warning,
        Message = "HMRC {Method} {Endpoint} failed without an answer after {ElapsedMs} ms")]
    public static partial void ApiCallFailed(this ILogger logger, string method, string endpoint, long elapsedMs, Exception exception);

    [LoggerMessage(EventId = 1012, EventName = "ApiCallWithoutToken", Level = LogLevel.Warning,
        Message = "HMRC {Method} {Endpoint} not sent: connection {ConnectionId} has no usable access token ({Reason})")]
    public static partial void ApiCallWithoutToken(this ILogger logger, string method, string endpoint, Guid connectionId, string reason);

    [LoggerMessage(EventId = 1100, EventName = "ApiErrorReturned", Level = LogLevel.Warning,
        Message = "HMRC {Method} {Endpoint} returned {StatusCode} {HmrcCode} (nested: {NestedCodes}), X-CorrelationId {CorrelationId}")]
    public static partial void ApiErrorReturned(
        this ILogger logger, string method, string endpoint, int statusCode, string hmrcCode, string nestedCodes, string? correlationId);

    [LoggerMessage(EventId = 1101, EventName = "ApiErrorOfOurMaking", Level = LogLevel.Error,
        Message = "HMRC {Method} {Endpoint} returned {StatusCode} {HmrcCode} (nested: {NestedCodes}), which points at a fault in this software, X-CorrelationId {CorrelationId}")]
    public static partial void ApiErrorOfOurMaking(
        this ILogger logger, string method, string endpoint, int statusCode, string hmrcCode, string nestedCodes, string? correlationId);

    [LoggerMessage(EventId = 1102, EventName = "ApiWriteOutcomeUnknown", Level = LogLevel.Warning,
        Message = "HMRC {Method} {Endpoint} has an unknown outcome (status {StatusCode}) and is not sent again: {Reason} X-CorrelationId {CorrelationId}")]
    public static partial void ApiWriteOutcomeUnknown(
        this ILogger logger, string method, string endpoint, int statusCode, string reason, string? correlationId);

    [LoggerMessage(EventId = 1103, EventName = "ApiResponseInvalid", Level = LogLevel.Error,
        Message = "HMRC {Method} {Endpoint} answered {StatusCode} with a body that does not match the API's model, X-CorrelationId {CorrelationId}")]
    public static partial void ApiResponseInvalid(
        this ILogger logger, string method, string endpoint, int statusCode, string? correlationId, Exception? exception);

    [LoggerMessage(EventId = 1104, EventName = "ApiCallNotCompleted", Level = LogLevel.Warning,
        Message = "HMRC {Method} {Endpoint} got no answer from HMRC ({HmrcCode}): {Reason}")]
    public static partial void ApiCallNotCompleted(this ILogger logger, string method, string endpoint, string hmrcCode, string reason);

    [LoggerMessage(EventId = 1105, EventName = "ApiSuccessStatusUnexpected", Level = LogLevel.Warning,
        Message = "HMRC {Method} {Endpoint} answered {StatusCode} where the API documents {DocumentedStatus}, X-CorrelationId {CorrelationId}")]
    public static partial void ApiSuccessStatusUnexpected(
        this ILogger logger, string method, string endpoint, int statusCode, int documentedStatus, string? correlationId);

    [LoggerMessage(EventId = 1106, EventName = "GovTestScenarioNotSent", Level = LogLevel.Debug,
        Message = "Gov-Test-Scenario {Scenario} not sent to HMRC {Endpoint} because Hmrc:AllowGovTestScenario is false")]
    public static partial void GovTestScenarioNotSent(this ILogger logger, string scenario, string endpoint);

    [LoggerMessage(EventId = 1107, EventName = "ApplicationTokenRequestFailed", Level = LogLevel.Warning,
        Message = "HMRC client-credentials token request failed: HTTP {StatusCode}, error {Error}: {ErrorDescription}")]
    public static partial void ApplicationTokenRequestFailed(
        this ILogger logger, int? statusCode, string? error, string? errorDescription, Exception? exception);

    [LoggerMessage(EventId = 1200, EventName = "ApiRetryScheduled", Level = LogLevel.Warning,
        Message = "HMRC {Method} {Endpoint} failed ({Failure}); retry {Retry} of {MaxRetries} in {DelayMs} ms, X-CorrelationId {CorrelationId}")]
    public static partial void ApiRetryScheduled(
        this ILogger logger, string method, string endpoint, string failure, int retry, int maxRetries, long delayMs, string? correlationId);

    [LoggerMessage(EventId = 1201, EventName = "ApiThrottled", Level = LogLevel.Warning,
        Message = "HMRC throttled {Method} {Endpoint} with 429 {HmrcCode} although this instance sends at most {PermitLimit} requests a second; check Hmrc:RateLimit against the limit HMRC gave the application and the number of instances. X-CorrelationId {CorrelationId}")]
    public static partial void ApiThrottled(
        this ILogger logger, string method, string endpoint, string hmrcCode, int permitLimit, string? correlationId);

    [LoggerMessage(EventId = 1202, EventName = "SendSlotWaitLong", Level = LogLevel.Warning,
        Message = "HMRC {Method} {Endpoint} waited {WaitMs} ms for a send slot under the rate limit, X-CorrelationId {CorrelationId}")]
    public static partial void SendSlotWaitLong(this ILogger logger, string method, string endpoint, long waitMs, string? correlationId);

    [LoggerMessage(EventId = 1203, EventName = "SendSlotRejected", Level = LogLevel.Warning,
        Message = "HMRC {Method} {Endpoint} not sent: {Reason}")]
    public static partial void SendSlotRejected(this ILogger logger, string method, string endpoint, string reason);
}
