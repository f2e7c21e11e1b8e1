using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MtdIncomeTax.Hmrc.OAuth;

namespace MtdIncomeTax.Hmrc.Tokens;

/// <summary>
/// One refresh of one grant under the database lease: claim the lease, read the grant again (another
/// instance may have refreshed while this one waited), call HMRC, then store the new pair and release
/// the lease together.
/// </summary>
public sealed class HmrcTokenRefresher(
    IHmrcTokenStore store,
    IServiceProvider services,
    IOptions<TokenManagementOptions> options,
    TimeProvider timeProvider,
    ILogger<HmrcTokenRefresher> logger)
{
    private readonly TokenManagementOptions _options = options.Value;

    public async Task<AccessTokenResult> RefreshUnderLeaseAsync(Guid connectionId, string? rejectedAccessToken, CancellationToken cancellationToken)
    {
        var holder = _options.InstanceName;
        while (true)
        {
            var grant = await store.GetAsync(connectionId, cancellationToken);
            if (Settled(grant, rejectedAccessToken) is { } settled)
            {
                return settled;
            }

            var leaseUntil = timeProvider.GetUtcNow() + _options.LeaseDuration;
            if (await store.TryAcquireLeaseAsync(connectionId, grant!.Version, holder, leaseUntil, cancellationToken))
            {
                return await RefreshHeldAsync(connectionId, rejectedAccessToken, holder, cancellationToken);
            }

            // Another instance holds the lease or changed the grant since it was read; its result
            // shows up on the next read.
            await Task.Delay(_options.LeasePollInterval, cancellationToken);
        }
    }

    private async Task<AccessTokenResult> RefreshHeldAsync(Guid connectionId, string? rejectedAccessToken, string holder, CancellationToken cancellationToken)
    {
        var grant = await store.GetAsync(connectionId, cancellationToken);
        if (Settled(grant, rejectedAccessToken) is { } settled)
        {
            await store.ReleaseLeaseAsync(connectionId, holder, "Refreshed by another instance", cancellationToken);
            return settled;
        }

        logger.RefreshStarted(connectionId, holder);
        // The token client is resolved per refresh so that its pooled HttpClient handler is renewed.
        var tokenClient = services.GetRequiredService<HmrcTokenClient>();
        var result = await tokenClient.RefreshAsync(grant!.RefreshToken!, cancellationToken);
        switch (result.Outcome)
        {
            case TokenRequestOutcome.Succeeded:
                return await store.SaveRefreshedAsync(connectionId, holder, result.Tokens!, cancellationToken)
                    ? AccessTokenResult.Available(result.Tokens!.AccessToken)
                    : AccessTokenResult.Failed(AccessTokenOutcome.ReauthorisationRequired, "the connection ended during the refresh");

            case TokenRequestOutcome.Rejected when result.Error == "invalid_request":
                return await AfterConcurrentRefreshAsync(grant, holder, result, cancellationToken);

            case TokenRequestOutcome.Rejected:
                await store.MarkNeedsReauthorisationAsync(connectionId, holder, Describe(result), cancellationToken);
                return AccessTokenResult.Failed(AccessTokenOutcome.ReauthorisationRequired, Describe(result));

            case TokenRequestOutcome.InvalidResponse:
                // HMRC returned 200, so it has used up the refresh token that was sent. Sending it
                // again can only fail, and without a new one the grant cannot be kept alive.
                var reason = "HMRC's refresh response had no new refresh token; the old one is used up";
                await store.MarkNeedsReauthorisationAsync(connectionId, holder, reason, cancellationToken);
                return AccessTokenResult.Failed(AccessTokenOutcome.ReauthorisationRequired, reason);

            case TokenRequestOutcome.ClientRejected:
                logger.ClientCredentialsRejected(connectionId, result.Error);
                await store.ReleaseLeaseAsync(connectionId, holder, "Client credentials rejected (invalid_client)", cancellationToken);
                return AccessTokenResult.Failed(AccessTokenOutcome.Misconfigured, Describe(result));

            default:
                return await AfterTransientFailureAsync(grant, rejectedAccessToken, holder, result, cancellationToken);
        }
    }

    /// <summary>
    /// HMRC returns invalid_request when a refresh of the same grant is already running. If another
    /// refresher stores the new pair soon, it is used. If nothing explains the rejection, the refresh
    /// token is no longer valid and the grant ends.
    /// </summary>
    private async Task<AccessTokenResult> AfterConcurrentRefreshAsync(
        StoredGrant used, string holder, TokenRequestResult result, CancellationToken cancellationToken)
    {
        logger.RefreshRefusedAsConcurrent(used.ConnectionId, result.ErrorDescription);
        await store.ReleaseLeaseAsync(used.ConnectionId, holder, "HMRC reported a refresh already in progress", cancellationToken);

        // Waiting is measured in polls of wall-clock time, like the lease wait.
        var polls = Math.Max(1, (int)(_options.ConcurrentRefreshWait / _options.LeasePollInterval));
        for (var poll = 0; poll < polls; poll++)
        {
            var grant = await store.GetAsync(used.ConnectionId, cancellationToken);
            if (grant is not null && grant.RefreshToken != used.RefreshToken)
            {
                return grant.IsActive && grant.AccessToken is not null
                    ? AccessTokenResult.Available(grant.AccessToken)
                    : AccessTokenResult.Failed(AccessTokenOutcome.ReauthorisationRequired, "the grant has ended");
            }

            await Task.Delay(_options.LeasePollInterval, cancellationToken);
        }

        var reason = "HMRC reported a refresh in progress, but no new tokens appeared: " + Describe(result);
        await store.MarkNeedsReauthorisationAsync(used.ConnectionId, null, reason, cancellationToken);
        return AccessTokenResult.Failed(AccessTokenOutcome.ReauthorisationRequired, reason);
    }

    private async Task<AccessTokenResult> AfterTransientFailureAsync(
        StoredGrant grant, string? rejectedAccessToken, string holder, TokenRequestResult result, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var retryAfter = now + Backoff(grant.RefreshFailureCount + 1);
        await store.RecordTransientFailureAsync(grant.ConnectionId, holder, Describe(result), retryAfter, cancellationToken);

        // The old access token may still have a few minutes left inside the refresh buffer, unless
        // HMRC has just rejected it.
        return grant.AccessToken is not null && grant.AccessTokenExpiresAt > now && grant.AccessToken != rejectedAccessToken
            ? AccessTokenResult.Available(grant.AccessToken)
            : AccessTokenResult.Failed(AccessTokenOutcome.TransientFailure, Describe(result));
    }

    /// <summary>Returns a result when no refresh is needed any more, or null when this caller must refresh.</summary>
    private AccessTokenResult? Settled(StoredGrant? grant, string? rejectedAccessToken)
    {
        if (grant is null)
        {
            return AccessTokenResult.Failed(AccessTokenOutcome.NotFound, "connection not found");
        }

        if (!grant.IsActive || grant.RefreshToken is null)
        {
            return AccessTokenResult.Failed(AccessTokenOutcome.ReauthorisationRequired, "the grant has ended");
        }

        var now = timeProvider.GetUtcNow();
        var fresh = grant.AccessToken is not null && grant.AccessTokenExpiresAt - _options.RefreshBuffer > now;
        var replaced = rejectedAccessToken is null || grant.AccessToken != rejectedAccessToken;
        if (fresh && replaced)
        {
            return AccessTokenResult.Available(grant.AccessToken!);
        }

        // A refresh failed moments ago, here or in another instance: wait out its back-off.
        if (grant.RetryRefreshAfter > now)
        {
            return grant.AccessToken is not null && grant.AccessTokenExpiresAt > now && replaced
                ? AccessTokenResult.Available(grant.AccessToken)
                : AccessTokenResult.Failed(AccessTokenOutcome.TransientFailure, "waiting before the next refresh attempt");
        }

        return null;
    }

    internal TimeSpan Backoff(int failures)
    {
        var factor = Math.Pow(2, Math.Clamp(failures - 1, 0, 30));
        var wait = TimeSpan.FromTicks((long)Math.Min(_options.RetryBackoff.Ticks * factor, _options.MaxRetryBackoff.Ticks));
        return wait;
    }

    private static string Describe(TokenRequestResult result) =>
        $"{result.Error ?? result.Outcome.ToString()} (HTTP {(result.StatusCode is { } status ? (int)status : 0)})";
}
