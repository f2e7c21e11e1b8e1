namespace MtdIncomeTax.Data.Entities;

/// <summary>
/// The HMRC grant of one owner. Token values are stored only in their Data Protection form; the
/// concurrency token lets several app instances update the row without losing a rotated token.
/// </summary>
public sealed class HmrcConnection
{
    public Guid Id { get; set; }

    /// <summary>The business user, or for an agent practice the staff member who linked it last.</summary>
    public Guid OwnerUserId { get; set; }

    public AppUser? Owner { get; set; }

    /// <summary>The agent practice whose grant this is; null for a business.</summary>
    public Guid? PracticeId { get; set; }

    public AgentPractice? Practice { get; set; }

    public ConnectionKind Kind { get; set; }

    /// <summary>HMRC environment the tokens belong to, e.g. Sandbox or Production.</summary>
    public required string Environment { get; set; }

    /// <summary>The business's NINO in canonical form; null for an agent practice.</summary>
    public string? Nino { get; set; }

    /// <summary>Space-separated scopes HMRC granted.</summary>
    public required string Scopes { get; set; }

    public string? ProtectedAccessToken { get; set; }

    public string? ProtectedRefreshToken { get; set; }

    public DateTimeOffset AccessTokenExpiresAt { get; set; }

    /// <summary>When the person granted authority; the grant ends 18 months later.</summary>
    public DateTimeOffset GrantedAt { get; set; }

    public DateTimeOffset GrantExpiresAt { get; set; }

    public ConnectionStatus Status { get; set; }

    public DateTimeOffset? LastRefreshedAt { get; set; }

    public string? LastRefreshOutcome { get; set; }

    /// <summary>Transient refresh failures in a row; reset by a successful refresh.</summary>
    public int RefreshFailureCount { get; set; }

    /// <summary>After a transient refresh failure, no new refresh is tried before this time.</summary>
    public DateTimeOffset? RetryRefreshAfter { get; set; }

    /// <summary>The app instance that holds the refresh lease, so that only one instance refreshes this grant.</summary>
    public string? LeaseHolder { get; set; }

    public DateTimeOffset? LeaseExpiresAt { get; set; }

    /// <summary>Agent reference number of an agent practice's connection.</summary>
    public string? Arn { get; set; }

    public DateTimeOffset? DisconnectedAt { get; set; }

    /// <summary>
    /// The owner's name and email and the ARN in lower case, kept by the DbContext on every save,
    /// so that the support search scans one column instead of joining and matching three.
    /// </summary>
    public string SearchText { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public Guid ConcurrencyToken { get; set; }
}
