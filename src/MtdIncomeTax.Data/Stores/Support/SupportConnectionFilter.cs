using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Data.Stores.Support;

/// <summary>
/// Filter of the support list of connections. A null part does not filter. Search matches the
/// owner's name, email or ARN anywhere in the text, or a whole NINO.
/// </summary>
public sealed record SupportConnectionFilter(
    ConnectionStatus? Status = null,
    int? GrantEndsWithinDays = null,
    string? Search = null)
{
    public static SupportConnectionFilter None { get; } = new();
}
