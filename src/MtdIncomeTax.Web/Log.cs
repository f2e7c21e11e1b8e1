using MtdIncomeTax.Web.Linking;

namespace MtdIncomeTax.Web;

/// <summary>Log messages of the web app. None carries a token, code, state, verifier or secret.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2001, EventName = "LinkStarted", Level = LogLevel.Information,
        Message = "User {UserId} started linking to HMRC ({Environment})")]
    public static partial void LinkStarted(this ILogger logger, Guid userId, string environment);

    [LoggerMessage(EventId = 2002, EventName = "Linked", Level = LogLevel.Information,
        Message = "User {UserId} linked connection {ConnectionId} to HMRC ({Environment})")]
    public static partial void Linked(this ILogger logger, Guid userId, Guid connectionId, string environment);

    [LoggerMessage(EventId = 2003, EventName = "GrantDenied", Level = LogLevel.Information,
        Message = "User {UserId} did not grant authority at HMRC: {Error} {ErrorCode} {ErrorDescription}")]
    public static partial void GrantDenied(this ILogger logger, Guid userId, string error, string? errorCode, string? errorDescription);

    [LoggerMessage(EventId = 2004, EventName = "CallbackRefused", Level = LogLevel.Warning,
        Message = "HMRC callback for user {UserId} refused before any code exchange: {Outcome}")]
    public static partial void CallbackRefused(this ILogger logger, Guid userId, LinkOutcome outcome);

    [LoggerMessage(EventId = 2005, EventName = "BusinessesUnavailable", Level = LogLevel.Warning,
        Message = "Businesses of connection {ConnectionId} not shown: HMRC {StatusCode} {HmrcCode}, X-CorrelationId {CorrelationId}")]
    public static partial void BusinessesUnavailable(this ILogger logger, Guid connectionId, int statusCode, string hmrcCode, string? correlationId);

    [LoggerMessage(EventId = 2006, EventName = "LocalEmulatorStarted", Level = LogLevel.Information,
        Message = "Local HMRC emulator and development sign-in listening on {Url}")]
    public static partial void LocalEmulatorStarted(this ILogger logger, string url);

    [LoggerMessage(EventId = 2008, EventName = "LocalAppReady", Level = LogLevel.Information,
        Message = "Ready: open {AppUrl} and sign in as sam, password emulator; on HMRC's pages use individual-1, password emulator")]
    public static partial void LocalAppReady(this ILogger logger, string appUrl);

    [LoggerMessage(EventId = 2007, EventName = "NinoCorrected", Level = LogLevel.Information,
        Message = "User {UserId} corrected the NINO of their HMRC connection")]
    public static partial void NinoCorrected(this ILogger logger, Guid userId);

    [LoggerMessage(EventId = 2100, EventName = "SupportConnectionViewed", Level = LogLevel.Information,
        Message = "Support user {UserId} viewed connection {ConnectionId}")]
    public static partial void SupportConnectionViewed(this ILogger logger, Guid userId, Guid connectionId);

    [LoggerMessage(EventId = 2101, EventName = "SupportConnectionsExported", Level = LogLevel.Information,
        Message = "Support user {UserId} exported {RowCount} connections as CSV")]
    public static partial void SupportConnectionsExported(this ILogger logger, Guid userId, int rowCount);

    // Only the names of the invalid fields are logged, because a search can contain a name, an email or a NINO.
    [LoggerMessage(EventId = 2102, EventName = "SupportFilterRejected", Level = LogLevel.Information,
        Message = "Support filter of user {UserId} rejected; invalid fields: {Fields}")]
    public static partial void SupportFilterRejected(this ILogger logger, Guid userId, string fields);

    [LoggerMessage(EventId = 2200, EventName = "Disconnected", Level = LogLevel.Information,
        Message = "User {UserId} disconnected from HMRC")]
    public static partial void Disconnected(this ILogger logger, Guid userId);

    [LoggerMessage(EventId = 2201, EventName = "ReminderServiceStarted", Level = LogLevel.Information,
        Message = "Grant reminder service started; it checks every {Interval}")]
    public static partial void ReminderServiceStarted(this ILogger logger, TimeSpan interval);

    [LoggerMessage(EventId = 2202, EventName = "ReminderPassFailed", Level = LogLevel.Error,
        Message = "Grant reminder check failed; it runs again at the next interval")]
    public static partial void ReminderPassFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2203, EventName = "ReminderSent", Level = LogLevel.Information,
        Message = "Sent the {DaysBefore}-day grant reminder of connection {ConnectionId}")]
    public static partial void ReminderSent(this ILogger logger, int daysBefore, Guid connectionId);

    [LoggerMessage(EventId = 2204, EventName = "ReminderNotSent", Level = LogLevel.Warning,
        Message = "The {DaysBefore}-day grant reminder of connection {ConnectionId} was not sent: {Error}")]
    public static partial void ReminderNotSent(this ILogger logger, int daysBefore, Guid connectionId, string error);

    [LoggerMessage(EventId = 2205, EventName = "ReminderServiceStopped", Level = LogLevel.Information,
        Message = "Grant reminder service stopped")]
    public static partial void ReminderServiceStopped(this ILogger logger);
}
