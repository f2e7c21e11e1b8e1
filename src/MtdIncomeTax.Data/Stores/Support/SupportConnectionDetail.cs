using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Data.Stores.Support;

/// <summary>
/// A connection as support staff see it. HoldsTokens is true when tokens are stored. The token
/// values, even in their encrypted form, are never read from the database.
/// </summary>
public sealed record SupportConnectionDetail(
    Guid Id,
    string OwnerName,
    string? OwnerEmail,
    ConnectionKind Kind,
    string Environment,
    ConnectionStatus Status,
    string? MaskedNino,
    string? Arn,
    string Scopes,
    bool HoldsTokens,
    DateTimeOffset GrantedAt,
    DateTimeOffset GrantExpiresAt,
    DateTimeOffset AccessTokenExpiresAt,
    DateTimeOffset? LastRefreshedAt,
    string? LastRefreshOutcome,
    int RefreshFailureCount,
    DateTimeOffset? RetryRefreshAfter,
    DateTimeOffset? DisconnectedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The agent practice whose grant this is, or null for a business's own connection.</summary>
    public string? PracticeName { get; init; }
}
