using MtdIncomeTax.Emulator.Agents;
using MtdIncomeTax.Emulator.TestSupport;

namespace MtdIncomeTax.Emulator.Logging;

/// <summary>
/// The emulator's log events. None takes a token, code, verifier, password or secret: they take
/// only user ids, client ids, error codes and correlation ids.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, EventName = "AuthorizeRejected", Level = LogLevel.Warning,
        Message = "Rejected authorize request with {Error} for client {ClientId}")]
    public static partial void AuthorizeRejected(this ILogger logger, string error, string? clientId);

    [LoggerMessage(EventId = 1002, EventName = "HmrcSignInFailed", Level = LogLevel.Information,
        Message = "Government Gateway sign-in failed for user id {UserId}")]
    public static partial void HmrcSignInFailed(this ILogger logger, string userId);

    [LoggerMessage(EventId = 1003, EventName = "AuthorizationCodeIssued", Level = LogLevel.Information,
        Message = "Issued an authorization code to client {ClientId} for user {UserId}")]
    public static partial void AuthorizationCodeIssued(this ILogger logger, string clientId, string userId);

    [LoggerMessage(EventId = 1004, EventName = "AuthorizationDenied", Level = LogLevel.Information,
        Message = "User {UserId} did not grant authority to client {ClientId}")]
    public static partial void AuthorizationDenied(this ILogger logger, string userId, string clientId);

    [LoggerMessage(EventId = 1101, EventName = "TokenIssued", Level = LogLevel.Information,
        Message = "Issued tokens for grant type {GrantType} to client {ClientId}")]
    public static partial void TokenIssued(this ILogger logger, string grantType, string clientId);

    [LoggerMessage(EventId = 1102, EventName = "TokenRefreshed", Level = LogLevel.Information,
        Message = "Refreshed tokens for client {ClientId}")]
    public static partial void TokenRefreshed(this ILogger logger, string clientId);

    [LoggerMessage(EventId = 1103, EventName = "TokenRequestRejected", Level = LogLevel.Warning,
        Message = "Rejected token request for grant type {GrantType} from client {ClientId} with {Error}: {Description}")]
    public static partial void TokenRequestRejected(
        this ILogger logger, string? grantType, string? clientId, string error, string description);

    [LoggerMessage(EventId = 1201, EventName = "ApiRequestCompleted", Level = LogLevel.Information,
        Message = "{Method} {Path} returned {StatusCode} {Code} with correlation id {CorrelationId}")]
    public static partial void ApiRequestCompleted(
        this ILogger logger, string method, string path, int statusCode, string code, string correlationId);

    [LoggerMessage(EventId = 1301, EventName = "DevelopmentSignInSucceeded", Level = LogLevel.Information,
        Message = "Development sign-in succeeded for {Username}")]
    public static partial void DevelopmentSignInSucceeded(this ILogger logger, string username);

    [LoggerMessage(EventId = 1302, EventName = "DevelopmentSignInFailed", Level = LogLevel.Information,
        Message = "Development sign-in failed for {Username}")]
    public static partial void DevelopmentSignInFailed(this ILogger logger, string username);

    [LoggerMessage(EventId = 1303, EventName = "SignInClientRegistered", Level = LogLevel.Information,
        Message = "Registered the development sign-in client {ClientId}")]
    public static partial void SignInClientRegistered(this ILogger logger, string clientId);

    [LoggerMessage(EventId = 1401, EventName = "TestSupportChangedGrant", Level = LogLevel.Information,
        Message = "Test support {Action} of user {UserId} to client {ClientId}")]
    public static partial void TestSupportChangedGrant(this ILogger logger, string action, string userId, string clientId);

    [LoggerMessage(EventId = 1402, EventName = "TokenFailureSet", Level = LogLevel.Information,
        Message = "Test support set the token endpoint to fail with {Mode} for {Count} requests (null: until cleared)")]
    public static partial void TokenFailureSet(this ILogger logger, string mode, int? count);

    [LoggerMessage(EventId = 1403, EventName = "TokenFailureCleared", Level = LogLevel.Information,
        Message = "Test support cleared the token endpoint failure")]
    public static partial void TokenFailureCleared(this ILogger logger);

    [LoggerMessage(EventId = 1404, EventName = "CalculationDelaySet", Level = LogLevel.Information,
        Message = "Test support set the calculation delay to {Seconds} seconds")]
    public static partial void CalculationDelaySet(this ILogger logger, double seconds);

    [LoggerMessage(EventId = 1104, EventName = "TokenRequestFailedOnPurpose", Level = LogLevel.Information,
        Message = "Token request failed with {Mode}, as test support asked")]
    public static partial void TokenRequestFailedOnPurpose(this ILogger logger, TokenFailureMode mode);

    [LoggerMessage(EventId = 1501, EventName = "DevelopmentSignInCodeFailed", Level = LogLevel.Information,
        Message = "Development sign-in code was not correct for {Username}")]
    public static partial void DevelopmentSignInCodeFailed(this ILogger logger, string username);

    [LoggerMessage(EventId = 1601, EventName = "InvitationCreated", Level = LogLevel.Information,
        Message = "Agent {Arn} created invitation {InvitationId} as a {AgentType} agent")]
    public static partial void InvitationCreated(this ILogger logger, string invitationId, string arn, AgentType agentType);

    [LoggerMessage(EventId = 1602, EventName = "InvitationCancelled", Level = LogLevel.Information,
        Message = "Agent {Arn} cancelled invitation {InvitationId}")]
    public static partial void InvitationCancelled(this ILogger logger, string invitationId, string arn);

    [LoggerMessage(EventId = 1603, EventName = "InvitationAnswered", Level = LogLevel.Information,
        Message = "Invitation {InvitationId} was {Status} through test support")]
    public static partial void InvitationAnswered(this ILogger logger, string invitationId, string status);

    [LoggerMessage(EventId = 1604, EventName = "RelationshipEnded", Level = LogLevel.Information,
        Message = "Agent {Arn} de-authorised its {AgentType} relationship with client {MaskedNino}")]
    public static partial void RelationshipEnded(this ILogger logger, string arn, AgentType agentType, string maskedNino);

    [LoggerMessage(EventId = 1605, EventName = "RelationshipCreated", Level = LogLevel.Information,
        Message = "Test support created a {AgentType} relationship of agent {Arn} with client {MaskedNino}")]
    public static partial void RelationshipCreated(this ILogger logger, string arn, AgentType agentType, string maskedNino);

    [LoggerMessage(EventId = 1606, EventName = "AgentClientsCreated", Level = LogLevel.Information,
        Message = "Test support created {Count} signed-up individuals for agent load runs")]
    public static partial void AgentClientsCreated(this ILogger logger, int count);
}
