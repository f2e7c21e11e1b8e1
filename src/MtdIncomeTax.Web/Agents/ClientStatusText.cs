using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Web.Agents;

/// <summary>Words the agent pages use for a client's agent type and relationship status.</summary>
public static class ClientStatusText
{
    public static string AgentType(AgentType agentType) => agentType switch
    {
        Data.Entities.AgentType.Main => "Main agent",
        Data.Entities.AgentType.Supporting => "Supporting agent",
        _ => agentType.ToString(),
    };

    public static string Status(ClientRelationshipStatus status) => status switch
    {
        ClientRelationshipStatus.NotRequested => "Not requested",
        ClientRelationshipStatus.Pending => "Pending",
        ClientRelationshipStatus.Authorised => "Authorised",
        ClientRelationshipStatus.Rejected => "Rejected",
        ClientRelationshipStatus.Expired => "Expired",
        ClientRelationshipStatus.Cancelled => "Cancelled",
        ClientRelationshipStatus.Deauthorised => "De-authorised",
        ClientRelationshipStatus.NeedsAttention => "Needs attention",
        _ => status.ToString(),
    };

    /// <summary>The status, with the expiry date of a pending request: "Pending, expires 25 December 2026".</summary>
    public static string StatusWithExpiry(AgentClient client) =>
        client is { Status: ClientRelationshipStatus.Pending, InvitationExpiresOn: { } expiresOn }
            ? $"Pending, expires {Display.Date(expiresOn)}"
            : Status(client.Status);

    /// <summary>Whether a new authorisation request may be sent: none was sent, or the last one has ended.</summary>
    public static bool MayRequest(ClientRelationshipStatus status) => status is
        ClientRelationshipStatus.NotRequested or ClientRelationshipStatus.Rejected or ClientRelationshipStatus.Expired
        or ClientRelationshipStatus.Cancelled or ClientRelationshipStatus.Deauthorised or ClientRelationshipStatus.NeedsAttention;

    /// <summary>
    /// Whether HMRC may hold a relationship for the client, so there may be an authorisation to
    /// end: authorised, or needing attention after HMRC refused an action.
    /// </summary>
    public static bool MayHaveRelationship(ClientRelationshipStatus status) =>
        status is ClientRelationshipStatus.Authorised or ClientRelationshipStatus.NeedsAttention;

    /// <summary>The notice for ending an authorisation that cannot exist.</summary>
    public static string NothingToEnd(ClientRelationshipStatus status) =>
        $"There is no authorisation to end: the status is {Status(status).ToLowerInvariant()}.";
}
