using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.Data.Stores.Agents;
using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Hmrc.Api;
using MtdIncomeTax.Hmrc.Api.AgentAuthorisation;
using HmrcAgentType = MtdIncomeTax.Hmrc.Api.AgentAuthorisation.AgentType;

namespace MtdIncomeTax.Web.Agents;

/// <summary>
/// The actions on a client's page: request authorisation, cancel a pending request and end an
/// authorisation, each through the practice's grant. Status checks go through
/// <see cref="AgentClientStatusService"/>. Every HMRC error is logged and audited in full and
/// returned as plain guidance.
/// </summary>
public sealed class AuthorisationRequestService(
    AgentClientStore clients,
    HmrcConnectionStore connections,
    AgentAuthorisationClient agentApi,
    AgentClientStatusService statusService,
    AuditLog auditLog,
    TimeProvider timeProvider,
    ILogger<AuthorisationRequestService> logger)
{
    public const string OutcomeUnknownReason =
        "HMRC did not answer the last authorisation request, so it may have been made. Request again to look for it.";

    // HMRC's clock and ours may differ, so a request created up to this long before the
    // unanswered one may still be taken for it.
    private static readonly TimeSpan ClockAllowance = TimeSpan.FromMinutes(5);

    /// <summary>Asks the client for authorisation as their agent type, or adopts a request HMRC already has.</summary>
    public async Task<ClientActionOutcome> RequestAsync(Guid practiceId, Guid clientId, Guid userId, CancellationToken cancellationToken)
    {
        var client = await clients.FindAsync(practiceId, clientId, cancellationToken);
        if (client is null)
        {
            return ClientActionOutcome.NotFound;
        }

        if (!ClientStatusText.MayRequest(client.Status))
        {
            return new ClientActionOutcome(client, $"No new request was sent: the status is {ClientStatusText.Status(client.Status).ToLowerInvariant()}.");
        }

        var link = await PracticeLinkAsync(practiceId, cancellationToken);
        if (link is not var (connectionId, arn))
        {
            return new ClientActionOutcome(client, null, AgentGuidance.PracticeNotLinked());
        }

        if (client.StatusReason == OutcomeUnknownReason)
        {
            var found = await FindUnansweredRequestAsync(practiceId, client, connectionId, arn, userId, cancellationToken);
            if (found is not null)
            {
                return found;
            }
        }

        var request = new InvitationRequest(Nino.Parse(client.Nino), client.Postcode, ToHmrc(client.AgentType));
        var created = await agentApi.CreateInvitationAsync(connectionId, arn, request, cancellationToken);
        if (created.Succeeded)
        {
            return await AdoptAsync(practiceId, client, connectionId, arn, created.Value.InvitationId, "created", userId, cancellationToken);
        }

        return await CreateFailedAsync(practiceId, client, connectionId, arn, created.Error, userId, cancellationToken);
    }

    /// <summary>Cancels the client's pending request.</summary>
    public async Task<ClientActionOutcome> CancelAsync(Guid practiceId, Guid clientId, Guid userId, CancellationToken cancellationToken)
    {
        var client = await clients.FindAsync(practiceId, clientId, cancellationToken);
        if (client is null)
        {
            return ClientActionOutcome.NotFound;
        }

        if (client is not { Status: ClientRelationshipStatus.Pending, InvitationId: { } invitationId })
        {
            return new ClientActionOutcome(client, "There is no pending request to cancel.");
        }

        if (await PracticeLinkAsync(practiceId, cancellationToken) is not var (connectionId, arn))
        {
            return new ClientActionOutcome(client, null, AgentGuidance.PracticeNotLinked());
        }

        var result = await agentApi.CancelInvitationAsync(connectionId, arn, invitationId, cancellationToken);
        if (!result.Succeeded)
        {
            await RecordFailureAsync("Cancel request", AuditEventKind.AuthorisationCancelled, practiceId, client, connectionId, result.Error, userId, cancellationToken);
            return await RefreshedWithGuidanceAsync(practiceId, client, result.Error, userId, cancellationToken);
        }

        var saved = await SetStatusAsync(practiceId, clientId, ClientRelationshipStatus.Cancelled, cancellationToken);
        logger.AuthorisationCancelled(practiceId, clientId, invitationId);
        await auditLog.RecordAsync(
            AuditEventKind.AuthorisationCancelled, connectionId, userId,
            $"Cancelled request {invitationId} for client {clientId}", cancellationToken, result.CorrelationId);
        return new ClientActionOutcome(saved, "The request was cancelled. You can request authorisation again at any time.");
    }

    /// <summary>Ends the practice's authorisation for the client, as their agent type (Agent Authorisation API 2.0).</summary>
    public async Task<ClientActionOutcome> DeauthoriseAsync(Guid practiceId, Guid clientId, Guid userId, CancellationToken cancellationToken)
    {
        var client = await clients.FindAsync(practiceId, clientId, cancellationToken);
        if (client is null)
        {
            return ClientActionOutcome.NotFound;
        }

        if (!ClientStatusText.MayHaveRelationship(client.Status))
        {
            return new ClientActionOutcome(client, ClientStatusText.NothingToEnd(client.Status));
        }

        if (await PracticeLinkAsync(practiceId, cancellationToken) is not var (connectionId, arn))
        {
            return new ClientActionOutcome(client, null, AgentGuidance.PracticeNotLinked());
        }

        var result = await agentApi.DeauthoriseClientAsync(connectionId, arn, Nino.Parse(client.Nino), ToHmrc(client.AgentType), cancellationToken);
        if (!result.Succeeded)
        {
            await RecordFailureAsync("De-authorise", AuditEventKind.ClientDeauthorised, practiceId, client, connectionId, result.Error, userId, cancellationToken);
            return await RefreshedWithGuidanceAsync(practiceId, client, result.Error, userId, cancellationToken);
        }

        var saved = await SetStatusAsync(practiceId, clientId, ClientRelationshipStatus.Deauthorised, cancellationToken);
        logger.ClientDeauthorised(practiceId, clientId, result.CorrelationId);
        await auditLog.RecordAsync(
            AuditEventKind.ClientDeauthorised, connectionId, userId,
            $"Ended the {ClientStatusText.AgentType(client.AgentType).ToLowerInvariant()} authorisation for client {clientId}",
            cancellationToken, result.CorrelationId);
        return new ClientActionOutcome(saved, "Your authorisation for this client has ended. HMRC will tell the client.");
    }

    /// <summary>Asks HMRC for the client's current status: the pending request, or the relationship.</summary>
    public async Task<ClientActionOutcome> CheckAsync(Guid practiceId, Guid clientId, Guid userId, CancellationToken cancellationToken)
    {
        var outcome = await statusService.RefreshAsync(practiceId, clientId, cancellationToken, userId);
        return outcome.Result switch
        {
            ClientRefreshResult.ClientNotFound => ClientActionOutcome.NotFound,
            ClientRefreshResult.PracticeNotLinked => new ClientActionOutcome(outcome.Client, null, AgentGuidance.PracticeNotLinked()),
            ClientRefreshResult.PracticeRefused or ClientRefreshResult.Failed =>
                new ClientActionOutcome(outcome.Client, null, AgentGuidance.For(outcome.Error!)),
            _ => new ClientActionOutcome(
                outcome.Client,
                $"HMRC was checked just now. Status: {ClientStatusText.StatusWithExpiry(outcome.Client!).ToLowerInvariant()}."),
        };
    }

    private async Task<ClientActionOutcome> CreateFailedAsync(
        Guid practiceId, AgentClient client, Guid connectionId, Arn arn, HmrcApiError error, Guid userId, CancellationToken cancellationToken)
    {
        if (error is { Code: AgentAuthorisationClient.DuplicateAuthorisationRequest, ExistingInvitationId: { } existingId })
        {
            return await AdoptAsync(practiceId, client, connectionId, arn, existingId, "already pending", userId, cancellationToken);
        }

        await RecordFailureAsync("Request authorisation", AuditEventKind.AuthorisationRequested, practiceId, client, connectionId, error, userId, cancellationToken);
        switch (error.Code)
        {
            case AgentErrorCodes.AlreadyAuthorised:
                var check = await CheckAsync(practiceId, client.Id, userId, cancellationToken);
                return check.Client is { Status: ClientRelationshipStatus.Authorised }
                    ? check with { Notice = "HMRC says your practice is already authorised for this client, and a relationship check confirms it." }
                    : check;
            case HmrcApiError.OutcomeUnknown:
                var now = timeProvider.GetUtcNow();
                var unknown = await clients.UpdateAsync(practiceId, client.Id, row =>
                {
                    row.Status = ClientRelationshipStatus.NeedsAttention;
                    row.StatusReason = OutcomeUnknownReason;
                    row.InvitationCreatedAt = now;
                    return true;
                }, cancellationToken);
                return new ClientActionOutcome(unknown, null, AgentGuidance.For(error));
            case AgentErrorCodes.PostcodeDoesNotMatch:
                return await NeedsAttentionAsync(practiceId, client, AgentClientStatusService.PostcodeMismatchReason, error, cancellationToken);
            case AgentErrorCodes.ClientRegistrationNotFound:
                return await NeedsAttentionAsync(practiceId, client, AgentClientStatusService.NotSignedUpReason, error, cancellationToken);
            default:
                return new ClientActionOutcome(client, null, AgentGuidance.For(error));
        }
    }

    // NOTE: HMRC's list of requests does not name each request's client, so an unanswered create is
    // matched by service, agent type and time: a pending MTD-IT request made since just before it.
    // When several match, none is adopted and the person is asked to check their agent services account.
    private async Task<ClientActionOutcome?> FindUnansweredRequestAsync(
        Guid practiceId, AgentClient client, Guid connectionId, Arn arn, Guid userId, CancellationToken cancellationToken)
    {
        var listed = await agentApi.ListInvitationsAsync(connectionId, arn, cancellationToken);
        if (!listed.Succeeded)
        {
            await RecordFailureAsync("List requests", AuditEventKind.AuthorisationRequested, practiceId, client, connectionId, listed.Error, userId, cancellationToken);
            return new ClientActionOutcome(client, null, AgentGuidance.For(listed.Error));
        }

        var since = (client.InvitationCreatedAt ?? DateTimeOffset.MinValue) - ClockAllowance;
        var candidates = listed.Value
            .Where(invitation => invitation is { Status: InvitationStatus.Pending, Service: AgentAuthorisationClient.IncomeTaxService })
            .Where(invitation => invitation.AgentType == ToHmrc(client.AgentType) && invitation.Created >= since)
            .ToList();
        switch (candidates.Count)
        {
            case 0:
                return null;
            case 1:
                return await AdoptAsync(practiceId, client, connectionId, arn, candidates[0].Id, "found after an unanswered request", userId, cancellationToken);
            default:
                logger.UnknownCreateUnresolved(practiceId, client.Id, candidates.Count);
                return new ClientActionOutcome(client, null, new AgentGuidance(
                    "We cannot tell which request is this client's",
                    $"HMRC lists {candidates.Count} pending requests made since the unanswered one, and its list does not say which client each is for.",
                    "Check your pending requests in your agent services account before requesting again, so the client does not get two.",
                    listed.CorrelationId));
        }
    }

    // Reads the request back for its link and expiry, then stores it on the client as pending.
    private async Task<ClientActionOutcome> AdoptAsync(
        Guid practiceId, AgentClient client, Guid connectionId, Arn arn, string invitationId, string how, Guid userId, CancellationToken cancellationToken)
    {
        var read = await agentApi.GetInvitationAsync(connectionId, arn, invitationId, cancellationToken);
        var invitation = read.Succeeded ? read.Value : null;
        var now = timeProvider.GetUtcNow();
        var saved = await clients.UpdateAsync(practiceId, client.Id, row =>
        {
            row.Status = ClientRelationshipStatus.Pending;
            row.StatusReason = null;
            row.InvitationId = invitationId;
            row.ClientActionUrl = invitation?.ClientActionUrl?.ToString();
            row.InvitationCreatedAt = invitation?.Created ?? now;
            row.InvitationExpiresOn = invitation?.ExpiresOn is { } expiresOn
                ? new DateTimeOffset(expiresOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
                : null;
            row.LastCheckedAt = now;
            return true;
        }, cancellationToken);

        logger.AuthorisationRequested(practiceId, client.Id, invitationId, how, read.CorrelationId);
        await auditLog.RecordAsync(
            AuditEventKind.AuthorisationRequested, connectionId, userId,
            $"Request {invitationId} for client {client.Id} as {ClientStatusText.AgentType(client.AgentType).ToLowerInvariant()} ({how})",
            cancellationToken, read.CorrelationId);

        var notice = how == "already pending"
            ? "HMRC already had a pending request for this client, so no new one was sent. Give the client the link below."
            : "The request was sent. Give the client the link below.";
        return read.Succeeded
            ? new ClientActionOutcome(saved, notice)
            : new ClientActionOutcome(saved, null, AgentGuidance.For(read.Error) with
            {
                Title = "The request was made, but we could not read its link",
                NextStep = "Use Check status in a few minutes to show the link.",
            });
    }

    private async Task<ClientActionOutcome> RefreshedWithGuidanceAsync(
        Guid practiceId, AgentClient client, HmrcApiError error, Guid userId, CancellationToken cancellationToken)
    {
        var guidance = AgentGuidance.For(error);
        if (AgentErrorCodes.ConcernsPractice(error) || error.Code is HmrcApiError.Unavailable or HmrcApiError.OutcomeUnknown)
        {
            return new ClientActionOutcome(client, null, guidance);
        }

        var refreshed = await statusService.RefreshAsync(practiceId, client.Id, cancellationToken, userId);
        return new ClientActionOutcome(refreshed.Client ?? client, null, guidance);
    }

    private async Task<ClientActionOutcome> NeedsAttentionAsync(
        Guid practiceId, AgentClient client, string reason, HmrcApiError error, CancellationToken cancellationToken)
    {
        var saved = await clients.UpdateAsync(practiceId, client.Id, row =>
        {
            row.Status = ClientRelationshipStatus.NeedsAttention;
            row.StatusReason = reason;
            return true;
        }, cancellationToken);
        return new ClientActionOutcome(saved ?? client, null, AgentGuidance.For(error));
    }

    private Task<AgentClient?> SetStatusAsync(Guid practiceId, Guid clientId, ClientRelationshipStatus status, CancellationToken cancellationToken) =>
        clients.UpdateAsync(practiceId, clientId, row =>
        {
            row.Status = status;
            row.StatusReason = null;
            row.LastCheckedAt = timeProvider.GetUtcNow();
            return true;
        }, cancellationToken);

    private async Task RecordFailureAsync(
        string action,
        AuditEventKind kind,
        Guid practiceId,
        AgentClient client,
        Guid connectionId,
        HmrcApiError error,
        Guid userId,
        CancellationToken cancellationToken)
    {
        logger.ClientActionFailed(action, client.Id, practiceId, (int)error.StatusCode, error.Code, error.CorrelationId);
        await auditLog.RecordAsync(
            kind, connectionId, userId,
            $"{action} for client {client.Id} failed: HMRC {(int)error.StatusCode} {error.Code}", cancellationToken, error.CorrelationId);
    }

    private async Task<(Guid ConnectionId, Arn Arn)?> PracticeLinkAsync(Guid practiceId, CancellationToken cancellationToken)
    {
        var connection = await connections.FindForPracticeAsync(practiceId, cancellationToken);
        return connection is { Status: ConnectionStatus.Active } && Arn.TryParse(connection.Arn, out var arn)
            ? (connection.Id, arn)
            : null;
    }

    private static HmrcAgentType ToHmrc(Data.Entities.AgentType agentType) =>
        agentType == Data.Entities.AgentType.Supporting ? HmrcAgentType.Supporting : HmrcAgentType.Main;
}
