using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Web;

/// <summary>Log messages of the practice's client list. NINOs and names stay out of them; client IDs identify.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2620, EventName = "ClientAdded", Level = LogLevel.Information,
        Message = "User {UserId} added client {ClientId} to practice {PracticeId} as {AgentType}")]
    public static partial void ClientAdded(this ILogger logger, Guid userId, Guid clientId, Guid practiceId, AgentType agentType);

    [LoggerMessage(EventId = 2621, EventName = "ClientsImported", Level = LogLevel.Information,
        Message = "User {UserId} imported {Count} clients to practice {PracticeId}")]
    public static partial void ClientsImported(this ILogger logger, Guid userId, int count, Guid practiceId);

    [LoggerMessage(EventId = 2622, EventName = "ClientImportRejected", Level = LogLevel.Information,
        Message = "User {UserId} imported nothing to practice {PracticeId}: {ErrorCount} bad rows, first on row {FirstRow}")]
    public static partial void ClientImportRejected(this ILogger logger, Guid userId, Guid practiceId, int errorCount, int firstRow);

    [LoggerMessage(EventId = 2623, EventName = "ClientRemoved", Level = LogLevel.Information,
        Message = "User {UserId} removed client {ClientId} from practice {PracticeId}")]
    public static partial void ClientRemoved(this ILogger logger, Guid userId, Guid clientId, Guid practiceId);

    [LoggerMessage(EventId = 2624, EventName = "ClientImportTooLarge", Level = LogLevel.Information,
        Message = "User {UserId} imported nothing to practice {PracticeId}: the upload of {ContentLength} bytes is over the request limit")]
    public static partial void ClientImportTooLarge(this ILogger logger, Guid userId, Guid practiceId, long? contentLength);
}
