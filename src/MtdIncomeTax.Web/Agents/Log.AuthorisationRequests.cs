namespace MtdIncomeTax.Web;

/// <summary>Log messages of the authorisation request actions on a client's page.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2630, EventName = "AuthorisationRequested", Level = LogLevel.Information,
        Message = "Practice {PracticeId} holds request {InvitationId} for client {ClientId} ({How}), X-CorrelationId {CorrelationId}")]
    public static partial void AuthorisationRequested(
        this ILogger logger, Guid practiceId, Guid clientId, string invitationId, string how, string? correlationId);

    [LoggerMessage(EventId = 2631, EventName = "ClientActionFailed", Level = LogLevel.Warning,
        Message = "{Action} for client {ClientId} of practice {PracticeId} failed: HMRC {StatusCode} {HmrcCode}, X-CorrelationId {CorrelationId}")]
    public static partial void ClientActionFailed(
        this ILogger logger, string action, Guid clientId, Guid practiceId, int statusCode, string hmrcCode, string? correlationId);

    [LoggerMessage(EventId = 2632, EventName = "AuthorisationCancelled", Level = LogLevel.Information,
        Message = "Practice {PracticeId} cancelled request {InvitationId} for client {ClientId}")]
    public static partial void AuthorisationCancelled(this ILogger logger, Guid practiceId, Guid clientId, string invitationId);

    [LoggerMessage(EventId = 2633, EventName = "ClientDeauthorised", Level = LogLevel.Information,
        Message = "Practice {PracticeId} ended its authorisation for client {ClientId}, X-CorrelationId {CorrelationId}")]
    public static partial void ClientDeauthorised(this ILogger logger, Guid practiceId, Guid clientId, string? correlationId);

    [LoggerMessage(EventId = 2634, EventName = "UnknownCreateUnresolved", Level = LogLevel.Warning,
        Message = "Practice {PracticeId} has {Count} pending requests that may be the unanswered one for client {ClientId}; none adopted")]
    public static partial void UnknownCreateUnresolved(this ILogger logger, Guid practiceId, Guid clientId, int count);
}
