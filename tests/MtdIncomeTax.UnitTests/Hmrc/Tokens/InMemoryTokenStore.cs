using MtdIncomeTax.Hmrc.OAuth;
using MtdIncomeTax.Hmrc.Tokens;

namespace MtdIncomeTax.UnitTests.Hmrc.Tokens;

/// <summary>A token store with the same lease rules as the database one, kept in memory.</summary>
public sealed class InMemoryTokenStore(TimeProvider timeProvider) : IHmrcTokenStore
{
    private readonly Lock _lock = new();
    private StoredGrant _grant = null!;
    private string? _leaseHolder;
    private DateTimeOffset _leaseUntil;

    public string Status { get; private set; } = "Active";

    public string? LastOutcome { get; private set; }

    public int LeaseClaims { get; private set; }

    public StoredGrant Grant
    {
        get { lock (_lock) { return _grant; } }
    }

    public void Seed(string accessToken, string refreshToken, DateTimeOffset accessTokenExpiresAt)
    {
        lock (_lock)
        {
            _grant = new StoredGrant(Guid.NewGuid(), true, accessToken, refreshToken, accessTokenExpiresAt, 0, null, Guid.NewGuid());
        }
    }

    /// <summary>Acts as another instance that stores a new pair, as if it had refreshed.</summary>
    public void ReplaceTokens(string accessToken, string refreshToken, DateTimeOffset accessTokenExpiresAt)
    {
        lock (_lock)
        {
            _grant = _grant with { AccessToken = accessToken, RefreshToken = refreshToken, AccessTokenExpiresAt = accessTokenExpiresAt, Version = Guid.NewGuid() };
        }
    }

    /// <summary>Acts as another instance holding the lease.</summary>
    public void HoldLease(string holder, DateTimeOffset until)
    {
        lock (_lock)
        {
            _leaseHolder = holder;
            _leaseUntil = until;
        }
    }

    public void ReleaseForeignLease()
    {
        lock (_lock)
        {
            _leaseHolder = null;
        }
    }

    public Task<StoredGrant?> GetAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<StoredGrant?>(_grant.ConnectionId == connectionId ? _grant : null);
        }
    }

    public Task<bool> TryAcquireLeaseAsync(Guid connectionId, Guid readVersion, string holder, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var free = _leaseHolder is null || _leaseUntil < timeProvider.GetUtcNow();
            if (_grant.Version != readVersion || !free)
            {
                return Task.FromResult(false);
            }

            LeaseClaims++;
            _leaseHolder = holder;
            _leaseUntil = leaseUntil;
            _grant = _grant with { Version = Guid.NewGuid() };
            return Task.FromResult(true);
        }
    }

    public Task<bool> SaveRefreshedAsync(Guid connectionId, string holder, HmrcTokenSet tokens, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            Assert.Equal(_leaseHolder, holder);
            _grant = _grant with
            {
                AccessToken = tokens.AccessToken,
                RefreshToken = tokens.RefreshToken,
                AccessTokenExpiresAt = timeProvider.GetUtcNow() + tokens.ExpiresIn,
                RefreshFailureCount = 0,
                RetryRefreshAfter = null,
                Version = Guid.NewGuid(),
            };
            _leaseHolder = null;
            LastOutcome = "Refreshed";
            return Task.FromResult(true);
        }
    }

    public Task RecordTransientFailureAsync(Guid connectionId, string holder, string reason, DateTimeOffset retryAfter, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _grant = _grant with { RefreshFailureCount = _grant.RefreshFailureCount + 1, RetryRefreshAfter = retryAfter, Version = Guid.NewGuid() };
            _leaseHolder = null;
            LastOutcome = "Transient: " + reason;
            return Task.CompletedTask;
        }
    }

    public Task MarkNeedsReauthorisationAsync(Guid connectionId, string? holder, string reason, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            Status = "NeedsReauthorisation";
            _grant = _grant with { IsActive = false, Version = Guid.NewGuid() };
            _leaseHolder = null;
            LastOutcome = "Ended: " + reason;
            return Task.CompletedTask;
        }
    }

    public Task ReleaseLeaseAsync(Guid connectionId, string holder, string outcome, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_leaseHolder == holder)
            {
                _leaseHolder = null;
            }

            LastOutcome = outcome;
            return Task.CompletedTask;
        }
    }
}
