using Microsoft.Extensions.Logging;

namespace MtdIncomeTax.Data;

/// <summary>Log messages of the data layer. None carries a token or an email address.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3000, EventName = "ConnectionExpired", Level = LogLevel.Information,
        Message = "Connection {ConnectionId} is now Expired: its grant ended at {GrantExpiresAt}")]
    public static partial void ConnectionExpired(this ILogger logger, Guid connectionId, DateTimeOffset grantExpiresAt);

    [LoggerMessage(EventId = 3001, EventName = "ConnectionDisconnected", Level = LogLevel.Information,
        Message = "Connection {ConnectionId} disconnected by user {UserId}; its tokens are deleted")]
    public static partial void ConnectionDisconnected(this ILogger logger, Guid connectionId, Guid userId);

    [LoggerMessage(EventId = 3002, EventName = "ReminderClaimedElsewhere", Level = LogLevel.Debug,
        Message = "The {DaysBefore}-day reminder of connection {ConnectionId} was recorded by another app instance; skipped")]
    public static partial void ReminderClaimedElsewhere(this ILogger logger, int daysBefore, Guid connectionId);

    [LoggerMessage(EventId = 3100, EventName = "CallRecordsLost", Level = LogLevel.Error,
        Message = "{Count} HMRC call records could not be saved for the support view")]
    public static partial void CallRecordsLost(this ILogger logger, int count, Exception exception);
}
