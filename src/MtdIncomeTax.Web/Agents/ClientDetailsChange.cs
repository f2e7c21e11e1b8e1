using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores.Agents;

namespace MtdIncomeTax.Web.Agents;

/// <summary>
/// Which of a client's details a change touched, the status before it, and whether a request that
/// HMRC may hold kept the postcode and agent type from changing.
/// </summary>
public sealed record ClientDetailsChange(
    bool Name,
    bool Postcode,
    bool AgentType,
    ClientRelationshipStatus PreviousStatus,
    bool BlockedByRequest)
{
    public bool Any => Name || Postcode || AgentType;

    /// <summary>
    /// Applies the checked details to the client row. HMRC checks a request against the postcode
    /// and agent type it was made with, so neither may change while a request may be pending. A
    /// relationship is for one agent type, so a new type needs a new request. A new postcode
    /// makes a postcode mismatch out of date.
    /// </summary>
    public static ClientDetailsChange Apply(AgentClient row, NewAgentClient details)
    {
        var change = new ClientDetailsChange(
            row.Name != details.Name,
            row.Postcode != details.Postcode,
            row.AgentType != details.AgentType,
            row.Status,
            false);
        if ((change.Postcode || change.AgentType) && RequestMayBePending(row))
        {
            return change with { BlockedByRequest = true };
        }

        row.Name = details.Name;
        row.Postcode = details.Postcode;
        row.AgentType = details.AgentType;
        if (change.AgentType && ClientStatusText.MayHaveRelationship(row.Status))
        {
            row.Status = ClientRelationshipStatus.NotRequested;
            row.StatusReason = null;
        }
        else if (change.Postcode && row.Status == ClientRelationshipStatus.NeedsAttention)
        {
            row.StatusReason = null;
        }

        return change;
    }

    /// <summary>Whether HMRC may have a pending request: one is pending, or HMRC sent no response to the last one.</summary>
    public static bool RequestMayBePending(AgentClient client) =>
        client.Status == ClientRelationshipStatus.Pending
        || client.StatusReason == AuthorisationRequestService.OutcomeUnknownReason;
}
