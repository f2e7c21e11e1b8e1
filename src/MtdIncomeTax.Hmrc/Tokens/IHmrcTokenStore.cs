using MtdIncomeTax.Hmrc.OAuth;

namespace MtdIncomeTax.Hmrc.Tokens;

/// <summary>
/// Durable storage of grants, shared by every app instance. The lease methods let exactly one
/// instance refresh a grant at a time, because HMRC refresh tokens work once.
/// </summary>
public interface IHmrcTokenStore
{
    Task<StoredGrant?> GetAsync(Guid connectionId, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the refresh lease if the grant still has the version that was read and no other
    /// instance holds an unexpired lease. Returns false when another instance got there first.
    /// </summary>
    Task<bool> TryAcquireLeaseAsync(Guid connectionId, Guid readVersion, string holder, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the new token pair and releases the lease in one transaction. Returns false, storing
    /// nothing, when the connection stopped being active meanwhile (the person disconnected).
    /// </summary>
    Task<bool> SaveRefreshedAsync(Guid connectionId, string holder, HmrcTokenSet tokens, CancellationToken cancellationToken);

    /// <summary>Records a transient refresh failure, keeps the tokens as they were and releases the lease.</summary>
    Task RecordTransientFailureAsync(Guid connectionId, string holder, string reason, DateTimeOffset retryAfter, CancellationToken cancellationToken);

    /// <summary>Ends the grant: the person must grant authority again. Releases the lease if holder holds it.</summary>
    Task MarkNeedsReauthorisationAsync(Guid connectionId, string? holder, string reason, CancellationToken cancellationToken);

    /// <summary>Releases the lease, recording why no refresh was stored.</summary>
    Task ReleaseLeaseAsync(Guid connectionId, string holder, string outcome, CancellationToken cancellationToken);
}
