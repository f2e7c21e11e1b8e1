namespace MtdIncomeTax.Web;

/// <summary>Log messages of linking an agent practice to HMRC.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2600, EventName = "PracticeLinkStarted", Level = LogLevel.Information,
        Message = "User {UserId} started linking practice {PracticeId} to HMRC ({Environment})")]
    public static partial void PracticeLinkStarted(this ILogger logger, Guid userId, Guid practiceId, string environment);

    [LoggerMessage(EventId = 2601, EventName = "PracticeAccountConfirmed", Level = LogLevel.Information,
        Message = "HMRC confirmed the agent services account of practice {PracticeId}, connection {ConnectionId}, X-CorrelationId {CorrelationId}")]
    public static partial void PracticeAccountConfirmed(this ILogger logger, Guid practiceId, Guid connectionId, string? correlationId);

    [LoggerMessage(EventId = 2602, EventName = "PracticeAccountRefused", Level = LogLevel.Warning,
        Message = "HMRC refused the account check of practice {PracticeId}, connection {ConnectionId}: {StatusCode} {HmrcCode}, X-CorrelationId {CorrelationId}")]
    public static partial void PracticeAccountRefused(
        this ILogger logger, Guid practiceId, Guid connectionId, int statusCode, string hmrcCode, string? correlationId);

    [LoggerMessage(EventId = 2603, EventName = "PracticeArnCorrected", Level = LogLevel.Information,
        Message = "User {UserId} corrected the ARN of practice {PracticeId}")]
    public static partial void PracticeArnCorrected(this ILogger logger, Guid userId, Guid practiceId);
}
