namespace MtdIncomeTax.Data.Entities;

/// <summary>
/// One trip through HMRC's grant-authority journey. The state value itself is never stored, only
/// its SHA-256 hash, and the PKCE verifier is stored in its Data Protection form.
/// </summary>
public sealed class AuthorisationAttempt
{
    public Guid Id { get; set; }

    public required string StateHash { get; set; }

    public Guid UserId { get; set; }

    public ConnectionKind Kind { get; set; }

    public string? Nino { get; set; }

    /// <summary>For an agent practice: the practice and the ARN its staff member entered.</summary>
    public Guid? PracticeId { get; set; }

    public string? Arn { get; set; }

    public required string ProtectedCodeVerifier { get; set; }

    public required string RedirectUri { get; set; }

    public required string Scopes { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? ConsumedAt { get; set; }

    /// <summary>How the attempt ended: linked, denied, token-rejected, token-unavailable.</summary>
    public string? Outcome { get; set; }
}
