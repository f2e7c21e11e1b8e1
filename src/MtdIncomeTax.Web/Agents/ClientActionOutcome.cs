using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Web.Agents;

/// <summary>
/// What an action on a client's page came to: the client as stored afterwards (null when the
/// practice has no such client), a notice on success, or guidance when HMRC refused or failed.
/// </summary>
public sealed record ClientActionOutcome(AgentClient? Client, string? Notice, AgentGuidance? Guidance = null)
{
    public static ClientActionOutcome NotFound { get; } = new(null, null);
}
