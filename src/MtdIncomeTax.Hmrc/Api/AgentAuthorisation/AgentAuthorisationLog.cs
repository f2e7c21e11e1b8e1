using Microsoft.Extensions.Logging;

namespace MtdIncomeTax.Hmrc.Api.AgentAuthorisation;

/// <summary>
/// Log messages of the Agent Authorisation clients; EventIds 1400 to 1409. None carries a NINO or
/// a postcode, because both identify the client.
/// </summary>
internal static partial class AgentAuthorisationLog
{
    [LoggerMessage(EventId = 1400, EventName = "AgentRequestNotSent", Level = LogLevel.Warning,
        Message = "HMRC {Method} {Endpoint} not sent: {Reason}")]
    public static partial void AgentRequestNotSent(this ILogger logger, string method, string endpoint, string reason);

    [LoggerMessage(EventId = 1401, EventName = "InvitationCreated", Level = LogLevel.Information,
        Message = "Agent {Arn} created authorisation request {InvitationId} ({AgentType}), X-CorrelationId {CorrelationId}")]
    public static partial void InvitationCreated(
        this ILogger logger, string arn, string invitationId, AgentType agentType, string? correlationId);

    [LoggerMessage(EventId = 1402, EventName = "InvitationAlreadyPending", Level = LogLevel.Information,
        Message = "Agent {Arn} already has pending authorisation request {ExistingInvitationId} for this client, X-CorrelationId {CorrelationId}")]
    public static partial void InvitationAlreadyPending(this ILogger logger, string arn, string? existingInvitationId, string? correlationId);

    [LoggerMessage(EventId = 1403, EventName = "RelationshipNotFound", Level = LogLevel.Information,
        Message = "Agent {Arn} is not authorised for this client as {AgentType} agent (404 RELATIONSHIP_NOT_FOUND), X-CorrelationId {CorrelationId}")]
    public static partial void RelationshipNotFound(this ILogger logger, string arn, AgentType agentType, string? correlationId);

    [LoggerMessage(EventId = 1404, EventName = "InvitationStatusUnknown", Level = LogLevel.Warning,
        Message = "Authorisation request {InvitationId} of agent {Arn} has a status this software does not know; it is shown as Unknown")]
    public static partial void InvitationStatusUnknown(this ILogger logger, string invitationId, string arn);
}
