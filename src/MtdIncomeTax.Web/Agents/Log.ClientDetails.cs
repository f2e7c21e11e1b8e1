namespace MtdIncomeTax.Web;

/// <summary>Log messages of changes to a client's details. Names and postcodes stay out of them.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2640, EventName = "ClientDetailsChanged", Level = LogLevel.Information,
        Message = "User {UserId} changed the {Fields} of client {ClientId} in practice {PracticeId}")]
    public static partial void ClientDetailsChanged(this ILogger logger, Guid userId, string fields, Guid clientId, Guid practiceId);
}
