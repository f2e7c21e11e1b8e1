namespace MtdIncomeTax.Web;

/// <summary>Log messages of "check all clients" runs and of acting for a client (EventIds 2650–2699).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2650, EventName = "ClientCheckStarted", Level = LogLevel.Information,
        Message = "Client check {RunId} of practice {PracticeId} started on {Instance}: {Total} clients")]
    public static partial void ClientCheckStarted(this ILogger logger, Guid runId, Guid practiceId, int total, string instance);

    [LoggerMessage(EventId = 2651, EventName = "ClientCheckResumed", Level = LogLevel.Information,
        Message = "Client check {RunId} of practice {PracticeId} resumed on {Instance} after {Checked} of {Total} clients")]
    public static partial void ClientCheckResumed(this ILogger logger, Guid runId, Guid practiceId, int @checked, int total, string instance);

    [LoggerMessage(EventId = 2652, EventName = "ClientCheckCompleted", Level = LogLevel.Information,
        Message = "Client check {RunId} of practice {PracticeId} completed: {Checked} of {Total} clients checked, {Changed} changed, {Failed} failed")]
    public static partial void ClientCheckCompleted(
        this ILogger logger, Guid runId, Guid practiceId, int @checked, int total, int changed, int failed);

    [LoggerMessage(EventId = 2653, EventName = "ClientCheckStopped", Level = LogLevel.Warning,
        Message = "Client check {RunId} of practice {PracticeId} stopped after {Checked} of {Total} clients: {Reason}")]
    public static partial void ClientCheckStopped(this ILogger logger, Guid runId, Guid practiceId, int @checked, int total, string reason);

    [LoggerMessage(EventId = 2654, EventName = "ClientCheckPaused", Level = LogLevel.Information,
        Message = "Client check {RunId} paused as {Instance} shuts down; it carries on at the next start or on another instance")]
    public static partial void ClientCheckPaused(this ILogger logger, Guid runId, string instance);

    [LoggerMessage(EventId = 2655, EventName = "ClientCheckLeaseLost", Level = LogLevel.Warning,
        Message = "Client check {RunId} is no longer held by {Instance}: it finished or another instance took it over")]
    public static partial void ClientCheckLeaseLost(this ILogger logger, Guid runId, string instance);

    [LoggerMessage(EventId = 2656, EventName = "ClientCheckClientFailed", Level = LogLevel.Warning,
        Message = "Client check {RunId} could not check client {ClientId}; the run goes on")]
    public static partial void ClientCheckClientFailed(this ILogger logger, Exception exception, Guid runId, Guid clientId);

    [LoggerMessage(EventId = 2657, EventName = "ClientCheckRunFailed", Level = LogLevel.Error,
        Message = "Client check {RunId} failed on this instance; it is picked up again when its lease expires")]
    public static partial void ClientCheckRunFailed(this ILogger logger, Exception exception, Guid runId);

    [LoggerMessage(EventId = 2658, EventName = "ClientCheckPollFailed", Level = LogLevel.Error,
        Message = "Looking for client checks to work on failed; the next look tries again")]
    public static partial void ClientCheckPollFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2659, EventName = "ClientCheckRequested", Level = LogLevel.Information,
        Message = "User {UserId} asked to check all clients of practice {PracticeId}: run {RunId}, new {Started}")]
    public static partial void ClientCheckRequested(this ILogger logger, Guid userId, Guid practiceId, Guid runId, bool started);

    [LoggerMessage(EventId = 2660, EventName = "ClientCheckStopRequested", Level = LogLevel.Information,
        Message = "User {UserId} stopped client check {RunId} of practice {PracticeId} after {Checked} of {Total} clients")]
    public static partial void ClientCheckStopRequested(this ILogger logger, Guid userId, Guid practiceId, Guid runId, int @checked, int total);

    [LoggerMessage(EventId = 2661, EventName = "ClientCheckStopNoticed", Level = LogLevel.Information,
        Message = "Client check {RunId} was stopped; {Instance} asks HMRC about no more of its clients")]
    public static partial void ClientCheckStopNoticed(this ILogger logger, Guid runId, string instance);

    [LoggerMessage(EventId = 2670, EventName = "ClientNotAuthorisedByHmrc", Level = LogLevel.Warning,
        Message = "HMRC refused practice {PracticeId} for client {ClientId}: {StatusCode} {HmrcCode}, X-CorrelationId {CorrelationId}; the client needs attention")]
    public static partial void ClientNotAuthorisedByHmrc(
        this ILogger logger, Guid practiceId, Guid clientId, int statusCode, string hmrcCode, string? correlationId);

    [LoggerMessage(EventId = 2671, EventName = "ClientBusinessesUnavailable", Level = LogLevel.Warning,
        Message = "Businesses of client {ClientId} of practice {PracticeId} not shown: HMRC {StatusCode} {HmrcCode}, X-CorrelationId {CorrelationId}")]
    public static partial void ClientBusinessesUnavailable(
        this ILogger logger, Guid practiceId, Guid clientId, int statusCode, string hmrcCode, string? correlationId);

    [LoggerMessage(EventId = 2672, EventName = "SupportingAgentKeptOut", Level = LogLevel.Information,
        Message = "User {UserId} of practice {PracticeId} reached {Page} for client {ClientId}, which a supporting agent may not use; HMRC was not called")]
    public static partial void SupportingAgentKeptOut(this ILogger logger, Guid userId, Guid practiceId, string page, Guid clientId);
}
