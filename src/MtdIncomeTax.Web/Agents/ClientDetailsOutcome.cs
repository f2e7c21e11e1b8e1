using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Web.Support;

namespace MtdIncomeTax.Web.Agents;

/// <summary>
/// What a change of a client's details came to: the client as stored afterwards (null when the
/// practice has no such client), the errors that changed nothing, or a notice on success.
/// </summary>
public sealed record ClientDetailsOutcome(AgentClient? Client, IReadOnlyList<InputError> Errors, string? Notice)
{
    public static ClientDetailsOutcome NotFound { get; } = new(null, [], null);
}
