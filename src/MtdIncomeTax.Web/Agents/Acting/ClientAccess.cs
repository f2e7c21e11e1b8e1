using System.Net;
using System.Security.Claims;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.Data.Stores.Agents;
using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Hmrc.Api;
using MtdIncomeTax.Web.Authentication;

namespace MtdIncomeTax.Web.Agents.Acting;

/// <summary>
/// What every page that acts for a client needs: the client of the signed-in staff member's
/// practice, and the client's change to NeedsAttention when HMRC refuses the practice.
/// </summary>
public sealed class ClientAccess(AgentClientStore clients, AuditLog auditLog, ILogger<ClientAccess> logger)
{
    private const string NotAuthorisedCode = "CLIENT_OR_AGENT_NOT_AUTHORISED";

    /// <summary>The client, or null when the person's practice has no client with this id.</summary>
    public async Task<AgentClient?> FindAsync(ClaimsPrincipal user, Guid clientId, CancellationToken cancellationToken) =>
        user.FindPracticeId() is { } practiceId ? await clients.FindAsync(practiceId, clientId, cancellationToken) : null;

    /// <summary>Whether HMRC refused the practice for the client: 403 CLIENT_OR_AGENT_NOT_AUTHORISED.</summary>
    public static bool IsRefusal(HmrcApiError error) =>
        error.StatusCode == HttpStatusCode.Forbidden && error.HasCode(NotAuthorisedCode);

    /// <summary>
    /// Sets a client HMRC refused to NeedsAttention with the reason, records the change in the
    /// practice connection's audit history, and returns the saved client.
    /// </summary>
    public async Task<AgentClient> MarkRefusedAsync(
        AgentClient client, Guid connectionId, Guid userId, HmrcApiError error, CancellationToken cancellationToken)
    {
        logger.ClientNotAuthorisedByHmrc(client.PracticeId, client.Id, (int)error.StatusCode, error.Code, error.CorrelationId);
        var previous = client.Status;
        var saved = await clients.UpdateAsync(client.PracticeId, client.Id, row =>
        {
            row.Status = ClientRelationshipStatus.NeedsAttention;
            row.StatusReason = ClientNotAuthorisedViewModel.HmrcRefusedReason;
            return true;
        }, cancellationToken) ?? client;

        if (previous != ClientRelationshipStatus.NeedsAttention)
        {
            await auditLog.RecordAsync(
                AuditEventKind.ClientStatusChanged,
                connectionId,
                userId,
                $"{saved.Name} ({Nino.Parse(saved.Nino).Masked}): {previous} to {saved.Status}. {saved.StatusReason}",
                cancellationToken,
                error.CorrelationId);
        }

        return saved;
    }
}
