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

    [LoggerMessage(EventId = 2300, EventName = "ObligationsUnavailable", Level = LogLevel.Warning,
        Message = "Obligations of connection {ConnectionId} not shown: HMRC {StatusCode} {HmrcCode}, X-CorrelationId {CorrelationId}")]
    public static partial void ObligationsUnavailable(this ILogger logger, Guid connectionId, int statusCode, string hmrcCode, string? correlationId);

    [LoggerMessage(EventId = 2301, EventName = "ObligationsRequestFault", Level = LogLevel.Error,
        Message = "HMRC rejected our obligations request for connection {ConnectionId}: {StatusCode} {HmrcCode}, X-CorrelationId {CorrelationId}")]
    public static partial void ObligationsRequestFault(this ILogger logger, Guid connectionId, int statusCode, string hmrcCode, string? correlationId);

    [LoggerMessage(EventId = 2310, EventName = "UpdateSent", Level = LogLevel.Information,
        Message = "Quarterly update {UpdateId} of connection {ConnectionId} accepted by HMRC, X-CorrelationId {CorrelationId}")]
    public static partial void UpdateSent(this ILogger logger, Guid updateId, Guid connectionId, string? correlationId);

    [LoggerMessage(EventId = 2311, EventName = "UpdateRejected", Level = LogLevel.Warning,
        Message = "Quarterly update {UpdateId} of connection {ConnectionId} rejected by HMRC: {StatusCode} {HmrcCode} {HmrcMessage}, X-CorrelationId {CorrelationId}")]
    public static partial void UpdateRejected(this ILogger logger, Guid updateId, Guid connectionId, int statusCode, string hmrcCode, string hmrcMessage, string? correlationId);

    [LoggerMessage(EventId = 2312, EventName = "UpdateRequestFault", Level = LogLevel.Error,
        Message = "HMRC rejected quarterly update {UpdateId} of connection {ConnectionId} as a faulty request: {StatusCode} {HmrcCode} {HmrcMessage} at {Paths}, X-CorrelationId {CorrelationId}")]
    public static partial void UpdateRequestFault(this ILogger logger, Guid updateId, Guid connectionId, int statusCode, string hmrcCode, string hmrcMessage, string paths, string? correlationId);

    [LoggerMessage(EventId = 2313, EventName = "UpdateOutcomeUnknown", Level = LogLevel.Warning,
        Message = "Quarterly update {UpdateId} of connection {ConnectionId} sent without an answer from HMRC: {Reason}")]
    public static partial void UpdateOutcomeUnknown(this ILogger logger, Guid updateId, Guid connectionId, string reason);

    [LoggerMessage(EventId = 2314, EventName = "UpdateAlreadyClaimed", Level = LogLevel.Information,
        Message = "Quarterly update {UpdateId} not sent again: it was already being sent or had been sent")]
    public static partial void UpdateAlreadyClaimed(this ILogger logger, Guid updateId);

    [LoggerMessage(EventId = 2315, EventName = "UpdateConfirmedByHmrc", Level = LogLevel.Information,
        Message = "Quarterly update {UpdateId} of connection {ConnectionId} found at HMRC after an unknown outcome, X-CorrelationId {CorrelationId}")]
    public static partial void UpdateConfirmedByHmrc(this ILogger logger, Guid updateId, Guid connectionId, string? correlationId);

    [LoggerMessage(EventId = 2320, EventName = "CalculationRequested", Level = LogLevel.Information,
        Message = "Calculation {CalculationId} requested for connection {ConnectionId}, tax year {TaxYear}, X-CorrelationId {CorrelationId}")]
    public static partial void CalculationRequested(this ILogger logger, string calculationId, Guid connectionId, string taxYear, string? correlationId);

    [LoggerMessage(EventId = 2321, EventName = "CalculationUnavailable", Level = LogLevel.Warning,
        Message = "Calculation of connection {ConnectionId} not shown: HMRC {StatusCode} {HmrcCode}, X-CorrelationId {CorrelationId}")]
    public static partial void CalculationUnavailable(this ILogger logger, Guid connectionId, int statusCode, string hmrcCode, string? correlationId);

    [LoggerMessage(EventId = 2322, EventName = "CalculationRequestFault", Level = LogLevel.Error,
        Message = "HMRC rejected our calculation request for connection {ConnectionId}: {StatusCode} {HmrcCode} {HmrcMessage}, X-CorrelationId {CorrelationId}")]
    public static partial void CalculationRequestFault(this ILogger logger, Guid connectionId, int statusCode, string hmrcCode, string hmrcMessage, string? correlationId);
}
