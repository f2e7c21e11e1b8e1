using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MtdIncomeTax.Hmrc.Tokens;

/// <summary>
/// Hands out usable access tokens and refreshes them at most once per grant across all app
/// instances. HMRC refresh tokens work once and HMRC refuses a second refresh running at the same
/// time, so callers in this process share one refresh (single flight), and instances share a lease
/// in the database.
/// </summary>
public sealed class HmrcTokenManager(
    IHmrcTokenStore store,
    HmrcTokenRefresher refresher,
    IOptions<TokenManagementOptions> options,
    TimeProvider timeProvider,
    ILogger<HmrcTokenManager> logger)
{
    private readonly ConcurrentDictionary<Guid, Lazy<Task<AccessTokenResult>>> _refreshes = new();
    private readonly ConcurrentDictionary<Guid, CachedToken> _cache = new();
    private readonly TokenManagementOptions _options = options.Value;

    /// <summary>Returns the stored access token, refreshing it first when it expires within the buffer.</summary>
    public async Task<AccessTokenResult> GetAccessTokenAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (_cache.TryGetValue(connectionId, out var cached) && cached.IsUsable(now, _options.RefreshBuffer))
        {
            return AccessTokenResult.Available(cached.AccessToken);
        }

        var grant = await store.GetAsync(connectionId, cancellationToken);
        if (grant is null)
        {
            return AccessTokenResult.Failed(AccessTokenOutcome.NotFound, "connection not found");
        }

        if (!grant.IsActive || grant.RefreshToken is null)
        {
            return AccessTokenResult.Failed(AccessTokenOutcome.ReauthorisationRequired, "the grant has ended");
        }

        if (grant.AccessToken is not null && grant.AccessTokenExpiresAt - _options.RefreshBuffer > now)
        {
            Remember(connectionId, grant.AccessToken, grant.AccessTokenExpiresAt, now);
            return AccessTokenResult.Available(grant.AccessToken);
        }

        if (grant.RetryRefreshAfter > now)
        {
            return StillUsable(grant, now) ?? AccessTokenResult.Failed(AccessTokenOutcome.TransientFailure, "waiting before the next refresh attempt");
        }

        return await RefreshOnceAsync(connectionId, rejectedAccessToken: null, cancellationToken);
    }

    /// <summary>
    /// Refreshes after HMRC rejected rejectedAccessToken with 401 INVALID_CREDENTIALS, unless
    /// another caller has already replaced that token.
    /// </summary>
    public Task<AccessTokenResult> RefreshAfterRejectionAsync(Guid connectionId, string rejectedAccessToken, CancellationToken cancellationToken)
    {
        _cache.TryRemove(connectionId, out _);
        return RefreshOnceAsync(connectionId, rejectedAccessToken, cancellationToken);
    }

    /// <summary>Ends the grant after HMRC rejected even a freshly refreshed token.</summary>
    public Task ReportRejectedAfterRefreshAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        _cache.TryRemove(connectionId, out _);
        logger.TokenRejectedAfterRefresh(connectionId);
        return store.MarkNeedsReauthorisationAsync(connectionId, null, "HMRC rejected a freshly refreshed access token", cancellationToken);
    }

    /// <summary>Forgets this instance's copy of the connection's token, e.g. after the person disconnects.</summary>
    public void Forget(Guid connectionId) => _cache.TryRemove(connectionId, out _);

    private async Task<AccessTokenResult> RefreshOnceAsync(Guid connectionId, string? rejectedAccessToken, CancellationToken cancellationToken)
    {
        // Every caller in this process waits for the same refresh. The shared task ignores each
        // caller's cancellation, so one caller giving up does not cancel the others' refresh.
        var refresh = _refreshes.GetOrAdd(
            connectionId,
            id => new Lazy<Task<AccessTokenResult>>(() => RunRefreshAsync(id, rejectedAccessToken)));

        return await refresh.Value.WaitAsync(cancellationToken);
    }

    private async Task<AccessTokenResult> RunRefreshAsync(Guid connectionId, string? rejectedAccessToken)
    {
        try
        {
            _cache.TryRemove(connectionId, out _);
            return await refresher.RefreshUnderLeaseAsync(connectionId, rejectedAccessToken, CancellationToken.None);
        }
        finally
        {
            _refreshes.TryRemove(connectionId, out _);
        }
    }

    private void Remember(Guid connectionId, string accessToken, DateTimeOffset expiresAt, DateTimeOffset now)
    {
        if (_options.CacheDuration > TimeSpan.Zero)
        {
            _cache[connectionId] = new CachedToken(accessToken, expiresAt, now + _options.CacheDuration);
        }
    }

    private static AccessTokenResult? StillUsable(StoredGrant grant, DateTimeOffset now) =>
        grant.AccessToken is not null && grant.AccessTokenExpiresAt > now ? AccessTokenResult.Available(grant.AccessToken) : null;

    private sealed record CachedToken(string AccessToken, DateTimeOffset ExpiresAt, DateTimeOffset CachedUntil)
    {
        public bool IsUsable(DateTimeOffset now, TimeSpan refreshBuffer) => now < CachedUntil && ExpiresAt - refreshBuffer > now;

        public override string ToString() => $"CachedToken {{ ExpiresAt = {ExpiresAt}, CachedUntil = {CachedUntil} }}";
    }
}
