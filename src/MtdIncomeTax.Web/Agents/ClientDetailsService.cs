using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.Data.Stores.Agents;
using MtdIncomeTax.Web.Models;
using MtdIncomeTax.Web.Support;

namespace MtdIncomeTax.Web.Agents;

/// <summary>
/// Corrects a client's name, postcode and agent type, checked and normalised as when the client
/// was added. The NINO identifies the client on the list and at HMRC, so it does not change.
/// </summary>
public sealed class ClientDetailsService(
    AgentClientStore clients,
    HmrcConnectionStore connections,
    AuditLog auditLog,
    ILogger<ClientDetailsService> logger)
{
    public const string PendingMessage =
        "A request is pending, so the postcode and agent type cannot change: HMRC checks the request against them. Cancel the request first";

    public const string OutcomeUnknownMessage =
        "HMRC did not answer the last request, so it may be pending and the postcode and agent type cannot change. "
        + "Request authorisation again to find it, then cancel it first";

    /// <summary>Saves the details when they are valid; otherwise changes nothing and returns one error per problem.</summary>
    public async Task<ClientDetailsOutcome> ChangeAsync(
        Guid practiceId, Guid clientId, Guid userId, ClientForm form, CancellationToken cancellationToken)
    {
        var client = await clients.FindAsync(practiceId, clientId, cancellationToken);
        if (client is null)
        {
            return ClientDetailsOutcome.NotFound;
        }

        var errors = new List<InputError>();
        var details = ClientFields.Validate(form.Name, client.Nino, form.Postcode, form.AgentType, errors);
        if (details is null)
        {
            return new ClientDetailsOutcome(client, errors, null);
        }

        ClientDetailsChange? change = null;
        var saved = await clients.UpdateAsync(practiceId, clientId, row =>
        {
            change = ClientDetailsChange.Apply(row, details);
            return change.Any && !change.BlockedByRequest;
        }, cancellationToken);
        if (saved is null || change is null)
        {
            return ClientDetailsOutcome.NotFound;
        }

        if (change.BlockedByRequest)
        {
            return new ClientDetailsOutcome(saved, BlockedErrors(saved, change), null);
        }

        if (!change.Any)
        {
            return new ClientDetailsOutcome(saved, [], "Nothing changed: the details you entered are the ones already saved.");
        }

        await RecordAsync(practiceId, userId, saved, change, cancellationToken);
        return new ClientDetailsOutcome(saved, [], Notice(saved, change));
    }

    private static List<InputError> BlockedErrors(AgentClient client, ClientDetailsChange change)
    {
        var message = client.Status == ClientRelationshipStatus.Pending ? PendingMessage : OutcomeUnknownMessage;
        var field = change.Postcode ? ClientFields.PostcodeField : ClientFields.AgentTypeField;
        return [new InputError(field, message)];
    }

    private async Task RecordAsync(
        Guid practiceId, Guid userId, AgentClient client, ClientDetailsChange change, CancellationToken cancellationToken)
    {
        var fields = string.Join(", ", new[]
        {
            change.Name ? "name" : null,
            change.Postcode ? "postcode" : null,
            change.AgentType ? "agent type" : null,
        }.OfType<string>());
        var detail = $"Changed the {fields} of client {client.Id}";
        if (change.AgentType)
        {
            detail += $"; agent type now {ClientStatusText.AgentType(client.AgentType).ToLowerInvariant()}";
        }

        if (client.Status != change.PreviousStatus)
        {
            detail += $"; status {change.PreviousStatus} to {client.Status}";
        }

        logger.ClientDetailsChanged(userId, fields, client.Id, practiceId);
        var connection = await connections.FindForPracticeAsync(practiceId, cancellationToken);
        await auditLog.RecordAsync(AuditEventKind.ClientDetailsChanged, connection?.Id, userId, detail, cancellationToken);
    }

    private static string Notice(AgentClient client, ClientDetailsChange change)
    {
        var notice = $"{client.Name}'s details were changed.";
        var agentType = ClientStatusText.AgentType(client.AgentType).ToLowerInvariant();
        if (client.Status != change.PreviousStatus)
        {
            return notice + $" The status is now not requested: ask the client for authorisation as their {agentType}.";
        }

        return change.Postcode && client.Status == ClientRelationshipStatus.NeedsAttention
            ? notice + " Check the relationship to ask HMRC again with the new postcode."
            : notice;
    }
}
