using System.Text.Json.Serialization;

namespace MtdIncomeTax.Hmrc.Api.AgentAuthorisation;

/// <summary>
/// An authorisation request an agent sent (AgentsInvitationsResponse). The ID is the last segment
/// of the request's _links.self.href. HMRC writes times without an offset, and they are read as UTC.
/// </summary>
[JsonConverter(typeof(InvitationJsonConverter))]
public sealed record Invitation(string Id, Arn Arn, string Service, InvitationStatus Status, DateTimeOffset Created)
{
    /// <summary>The path of the request at HMRC, such as /agents/AARN1234567/invitations/CS5AK7O8FPC43.</summary>
    public string Href { get; init; } = "";

    /// <summary>When the client responded or the request otherwise changed; null while it is pending.</summary>
    public DateTimeOffset? Updated { get; init; }

    /// <summary>The last day the client can respond to a pending request, 21 days after it was made.</summary>
    public DateOnly? ExpiresOn { get; init; }

    /// <summary>The link the agent gives the client to accept or reject a pending request.</summary>
    public Uri? ClientActionUrl { get; init; }

    /// <summary>The agent type asked for; null for services without agent types, such as MTD-VAT.</summary>
    public AgentType? AgentType { get; init; }
}
