using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Data.Stores.Support;

/// <summary>One line of the support list. The NINO is masked and no token, not even encrypted, is included.</summary>
public sealed record SupportConnectionRow(
    Guid Id,
    string OwnerName,
    string? OwnerEmail,
    ConnectionKind Kind,
    string Environment,
    ConnectionStatus Status,
    string? MaskedNino,
    string? Arn,
    DateTimeOffset AccessTokenExpiresAt,
    DateTimeOffset? LastRefreshedAt,
    string? LastRefreshOutcome,
    DateTimeOffset GrantExpiresAt)
{
    /// <summary>The agent practice whose grant this is, or null for a business's own connection.</summary>
    public string? PracticeName { get; init; }
}
