using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.Data.Stores.Agents;
using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Hmrc.Api;
using MtdIncomeTax.Hmrc.Api.AgentAuthorisation;
using HmrcAgentType = MtdIncomeTax.Hmrc.Api.AgentAuthorisation.AgentType;

namespace MtdIncomeTax.Web.Agents;

/// <summary>
/// Reads from HMRC the practice's authorisation status for one client and stores it. While a request is
/// pending it reads the request; otherwise, or once the client has accepted, it checks the
/// relationship as the client's agent type. Each refresh makes one or two HMRC calls.
/// </summary>
public sealed class AgentClientStatusService(
    AgentClientStore clients,
    HmrcConnectionStore connections,
    AgentAuthorisationClient agentApi,
    AuditLog auditLog,
    TimeProvider timeProvider,
    ILogger<AgentClientStatusService> logger)
{
    public const string PostcodeMismatchReason =
        "HMRC holds a different postcode for this client. Check the postcode with the client and correct it with Change details.";

    public const string NotSignedUpReason =
        "HMRC has no Making Tax Digital for Income Tax record for this National Insurance number. The client must sign up first.";

    public const string PartlyAuthorisedReason =
        "The client accepted, but is not signed up to Making Tax Digital for Income Tax yet. Ask them to sign up.";

    public const string UnfamiliarStatusReason =
        "HMRC reported a status for the request that this software does not recognise. Check the request in your agent services account.";

    public const string RelationshipEndedReason = "HMRC no longer shows your authorisation for this client.";

    /// <summary>Refreshes one client's status. <paramref name="actorUserId"/> is null when a background check acts.</summary>
    public async Task<ClientRefreshOutcome> RefreshAsync(Guid practiceId, Guid clientId, CancellationToken cancellationToken, Guid? actorUserId = null)
    {
        var client = await clients.FindAsync(practiceId, clientId, cancellationToken);
        if (client is null)
        {
            return new ClientRefreshOutcome(ClientRefreshResult.ClientNotFound, null);
        }

        var connection = await connections.FindForPracticeAsync(practiceId, cancellationToken);
        if (connection is not { Status: ConnectionStatus.Active } || !Arn.TryParse(connection.Arn, out var arn))
        {
            return new ClientRefreshOutcome(ClientRefreshResult.PracticeNotLinked, client);
        }

        var answer = await AskHmrcAsync(connection.Id, arn, client, cancellationToken);
        if (answer.Error is { } error)
        {
            logger.ClientRefreshFailed(practiceId, clientId, (int)error.StatusCode, error.Code, error.CorrelationId);
            var result = AgentErrorCodes.ConcernsPractice(error) ? ClientRefreshResult.PracticeRefused : ClientRefreshResult.Failed;
            return new ClientRefreshOutcome(result, client, error);
        }

        var previous = client.Status;
        var now = timeProvider.GetUtcNow();
        var saved = await clients.UpdateAsync(practiceId, clientId, row =>
        {
            row.LastCheckedAt = now;
            answer.Apply(row);
            return true;
        }, cancellationToken);
        if (saved is null)
        {
            return new ClientRefreshOutcome(ClientRefreshResult.ClientNotFound, null);
        }

        if (saved.Status == previous && saved.StatusReason == client.StatusReason)
        {
            return new ClientRefreshOutcome(ClientRefreshResult.Unchanged, saved);
        }

        logger.ClientStatusChanged(practiceId, clientId, previous, saved.Status, answer.CorrelationId);
        await auditLog.RecordAsync(
            AuditEventKind.ClientStatusChanged,
            connection.Id,
            actorUserId,
            $"{saved.Name} ({Nino.Parse(saved.Nino).Masked}): {previous} to {saved.Status}" + (saved.StatusReason is null ? "" : $". {saved.StatusReason}"),
            cancellationToken,
            answer.CorrelationId);
        return new ClientRefreshOutcome(ClientRefreshResult.Changed, saved);
    }

    private async Task<HmrcAnswer> AskHmrcAsync(Guid connectionId, Arn arn, AgentClient client, CancellationToken cancellationToken)
    {
        if (client is { Status: ClientRelationshipStatus.Pending, InvitationId: { } invitationId })
        {
            var invitation = await agentApi.GetInvitationAsync(connectionId, arn, invitationId, cancellationToken);
            if (!invitation.Succeeded && invitation.Error.Code != AgentErrorCodes.InvitationNotFound)
            {
                return HmrcAnswer.Failure(invitation.Error);
            }

            if (invitation.Succeeded && invitation.Value.Status != InvitationStatus.Accepted)
            {
                return FromInvitation(invitation.Value, invitation.CorrelationId);
            }

            // An accepted request is confirmed by the relationship. A request HMRC no longer lists
            // (it keeps them 30 days) is judged by the relationship alone.
            var noLongerListed = !invitation.Succeeded;
            return await CheckRelationshipAsync(connectionId, arn, client, noLongerListed, cancellationToken);
        }

        return await CheckRelationshipAsync(connectionId, arn, client, false, cancellationToken);
    }

    private static HmrcAnswer FromInvitation(Invitation invitation, string? correlationId) => invitation.Status switch
    {
        InvitationStatus.Pending => new HmrcAnswer(row =>
        {
            row.Status = ClientRelationshipStatus.Pending;
            row.StatusReason = null;
            row.ClientActionUrl = invitation.ClientActionUrl?.ToString() ?? row.ClientActionUrl;
            row.InvitationExpiresOn = invitation.ExpiresOn is { } expiresOn
                ? new DateTimeOffset(expiresOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
                : row.InvitationExpiresOn;
        }, correlationId),
        InvitationStatus.Rejected => HmrcAnswer.Status(ClientRelationshipStatus.Rejected, null, correlationId),
        InvitationStatus.Cancelled => HmrcAnswer.Status(ClientRelationshipStatus.Cancelled, null, correlationId),
        InvitationStatus.Expired => HmrcAnswer.Status(ClientRelationshipStatus.Expired, null, correlationId),
        InvitationStatus.Deauthorised => HmrcAnswer.Status(ClientRelationshipStatus.Deauthorised, null, correlationId),
        InvitationStatus.Partialauth => HmrcAnswer.Status(ClientRelationshipStatus.NeedsAttention, PartlyAuthorisedReason, correlationId),
        _ => HmrcAnswer.Status(ClientRelationshipStatus.NeedsAttention, UnfamiliarStatusReason, correlationId),
    };

    private async Task<HmrcAnswer> CheckRelationshipAsync(
        Guid connectionId, Arn arn, AgentClient client, bool requestNoLongerListed, CancellationToken cancellationToken)
    {
        var agentType = client.AgentType == Data.Entities.AgentType.Supporting ? HmrcAgentType.Supporting : HmrcAgentType.Main;
        var check = await agentApi.CheckRelationshipAsync(connectionId, arn, Nino.Parse(client.Nino), client.Postcode, agentType, cancellationToken);
        if (!check.Succeeded)
        {
            return check.Error.Code switch
            {
                AgentErrorCodes.PostcodeDoesNotMatch =>
                    HmrcAnswer.Status(ClientRelationshipStatus.NeedsAttention, PostcodeMismatchReason, check.CorrelationId),
                AgentErrorCodes.ClientRegistrationNotFound =>
                    HmrcAnswer.Status(ClientRelationshipStatus.NeedsAttention, NotSignedUpReason, check.CorrelationId),
                _ => HmrcAnswer.Failure(check.Error),
            };
        }

        if (check.Value.IsActive)
        {
            return HmrcAnswer.Status(ClientRelationshipStatus.Authorised, null, check.CorrelationId);
        }

        // No relationship: a client who was authorised, or whose request was accepted, no longer is.
        // Any other status already explains why the practice may not act.
        return client.Status switch
        {
            ClientRelationshipStatus.Pending when requestNoLongerListed =>
                HmrcAnswer.Status(ClientRelationshipStatus.Expired, null, check.CorrelationId),
            ClientRelationshipStatus.Authorised or ClientRelationshipStatus.NeedsAttention or ClientRelationshipStatus.Pending =>
                HmrcAnswer.Status(ClientRelationshipStatus.Deauthorised, RelationshipEndedReason, check.CorrelationId),
            _ => new HmrcAnswer(_ => { }, check.CorrelationId),
        };
    }

    /// <summary>HMRC's response about a client: a change to store, or the error that prevented one.</summary>
    private sealed record HmrcAnswer(Action<AgentClient> Apply, string? CorrelationId, HmrcApiError? Error = null)
    {
        public static HmrcAnswer Failure(HmrcApiError error) => new(_ => { }, error.CorrelationId, error);

        public static HmrcAnswer Status(ClientRelationshipStatus status, string? reason, string? correlationId) => new(row =>
        {
            row.Status = status;
            row.StatusReason = reason;
        }, correlationId);
    }
}
