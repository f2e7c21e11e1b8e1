using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Web;

internal static partial class Log
{
    [LoggerMessage(EventId = 2700, EventName = "ClientStatusChanged", Level = LogLevel.Information,
        Message = "Client {ClientId} of practice {PracticeId} changed from {PreviousStatus} to {Status}, X-CorrelationId {CorrelationId}")]
    public static partial void ClientStatusChanged(
        this ILogger logger, Guid practiceId, Guid clientId, ClientRelationshipStatus previousStatus, ClientRelationshipStatus status, string? correlationId);

    [LoggerMessage(EventId = 2701, EventName = "ClientRefreshFailed", Level = LogLevel.Warning,
        Message = "Status of client {ClientId} of practice {PracticeId} not refreshed: HMRC {StatusCode} {HmrcCode}, X-CorrelationId {CorrelationId}")]
    public static partial void ClientRefreshFailed(this ILogger logger, Guid practiceId, Guid clientId, int statusCode, string hmrcCode, string? correlationId);
}
