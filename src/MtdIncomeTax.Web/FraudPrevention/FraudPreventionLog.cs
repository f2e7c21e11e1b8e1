namespace MtdIncomeTax.Web;

/// <summary>Log messages of the fraud prevention data; EventIds 2500 to 2509.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2500, EventName = "BrowserDataRejected", Level = LogLevel.Warning,
        Message = "Browser data from user {UserId} not stored: {Errors}")]
    public static partial void BrowserDataRejected(this ILogger logger, Guid userId, string errors);

    [LoggerMessage(EventId = 2501, EventName = "FraudHeaderCheckFailed", Level = LogLevel.Warning,
        Message = "Fraud prevention header check for connection {ConnectionId} could not be made: {HmrcCode}, X-CorrelationId {CorrelationId}")]
    public static partial void FraudHeaderCheckFailed(this ILogger logger, Guid connectionId, string hmrcCode, string? correlationId);
}
