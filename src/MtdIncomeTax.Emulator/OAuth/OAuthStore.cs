using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using MtdIncomeTax.Emulator.Configuration;
using MtdIncomeTax.Emulator.Users;

namespace MtdIncomeTax.Emulator.OAuth;

/// <summary>
/// The in-memory, thread-safe state of the HMRC OAuth server: journeys in progress, codes,
/// grants and tokens. One instance per emulator.
/// </summary>
internal sealed class OAuthStore(TimeProvider timeProvider, IOptions<EmulatorOptions> options)
{
    // A journey that is not finished within this time must start again from the software.
    private static readonly TimeSpan JourneyLifetime = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, Journey> _journeys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IssuedCode> _codes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Grant> _grants = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AccessTokenEntry> _accessTokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _refreshTokenGrants = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _latestGrantOfUser = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _issuedAccessTokens = new();
    private readonly ConcurrentQueue<string> _issuedRefreshTokens = new();
    private readonly ConcurrentQueue<string> _issuedCodes = new();

    private DateTimeOffset Now => timeProvider.GetUtcNow();

    public Journey StartJourney(AuthorizationRequest request)
    {
        var journey = new Journey(NewOpaqueValue(), request, Now + JourneyLifetime);
        _journeys[journey.Id] = journey;

        return journey;
    }

    public Journey? FindJourney(string id)
    {
        if (!_journeys.TryGetValue(id, out var journey))
        {
            return null;
        }

        if (journey.ExpiresAt > Now)
        {
            return journey;
        }

        _journeys.TryRemove(id, out _);
        return null;
    }

    /// <summary>Ends the journey, so its pages stop working. Returns false if it already ended.</summary>
    public bool EndJourney(Journey journey) => _journeys.TryRemove(journey.Id, out _);

    public string IssueCode(AuthorizationRequest request, HmrcTestUser user)
    {
        var code = NewOpaqueValue();
        var expiresAt = Now + options.Value.AuthorizationCodeLifetime;
        _codes[code] = new IssuedCode(
            request.ClientId, request.RedirectUri, user.UserId, request.Scopes, request.CodeChallenge, expiresAt);
        _issuedCodes.Enqueue(code);

        return code;
    }

    /// <summary>
    /// Removes the code and returns what it stands for, or null if it is unknown, used or expired.
    /// The code is spent by this call, whatever the outcome of the exchange.
    /// </summary>
    public IssuedCode? TakeCode(string code)
    {
        if (!_codes.TryRemove(code, out var issued))
        {
            return null;
        }

        return issued.ExpiresAt > Now ? issued : null;
    }

    public TokenSet CreateGrant(IssuedCode code)
    {
        var grant = new Grant(NewOpaqueValue(), code.UserId, code.ClientId, code.Scopes, Now);
        _grants[grant.Id] = grant;
        _latestGrantOfUser[grant.UserId] = grant.Id;

        return IssueGrantTokens(grant);
    }

    /// <summary>Returns the grant the user gave last, to any client, or null if it is unknown or revoked.</summary>
    public Grant? FindLatestGrant(string userId) =>
        _latestGrantOfUser.TryGetValue(userId, out var grantId) && _grants.TryGetValue(grantId, out var grant)
            ? grant
            : null;

    /// <summary>Makes the grant's current access token expire now; its refresh token still works.</summary>
    public void ExpireAccessToken(Grant grant)
    {
        if (_accessTokens.TryGetValue(grant.AccessToken, out var entry))
        {
            _accessTokens[grant.AccessToken] = entry with { ExpiresAt = Now };
        }
    }

    /// <summary>
    /// Removes the grant as a user's revocation in their HMRC account does: its access token stops
    /// working at once and its refresh token is invalid_grant.
    /// </summary>
    public void Revoke(Grant grant)
    {
        _grants.TryRemove(grant.Id, out _);
        _accessTokens.TryRemove(grant.AccessToken, out _);
        _refreshTokenGrants.TryRemove(grant.RefreshToken, out _);
    }

    /// <summary>Rotates both tokens of the grant that the refresh token belongs to.</summary>
    public (TokenSet? Tokens, OAuthError? Error) Refresh(string refreshToken, string clientId)
    {
        if (!_refreshTokenGrants.TryGetValue(refreshToken, out var grantId)
            || !_grants.TryGetValue(grantId, out var grant)
            || grant.ClientId != clientId)
        {
            return (null, OAuthError.InvalidGrant("refresh_token is invalid"));
        }

        if (!grant.RefreshLock.Wait(0))
        {
            return (null, OAuthError.InvalidRequest("refresh operation already in progress"));
        }

        try
        {
            return RefreshLocked(grant, refreshToken);
        }
        finally
        {
            grant.RefreshLock.Release();
        }
    }

    public TokenSet IssueApplicationToken(string clientId, IReadOnlyList<string> scopes)
    {
        var lifetime = options.Value.AccessTokenLifetime;
        var accessToken = NewOpaqueValue();
        _accessTokens[accessToken] = new AccessTokenEntry(clientId, null, null, scopes, Now + lifetime);
        _issuedAccessTokens.Enqueue(accessToken);

        return new TokenSet(accessToken, null, lifetime, scopes);
    }

    /// <summary>Returns the token's entry, or null if it is unknown, rotated away or expired.</summary>
    public AccessTokenEntry? FindAccessToken(string accessToken)
    {
        if (!_accessTokens.TryGetValue(accessToken, out var entry))
        {
            return null;
        }

        return entry.ExpiresAt > Now ? entry : null;
    }

    public IssuedSecrets ListIssuedSecrets() =>
        new([.. _issuedAccessTokens], [.. _issuedRefreshTokens], [.. _issuedCodes]);

    private (TokenSet?, OAuthError?) RefreshLocked(Grant grant, string refreshToken)
    {
        // A refresh token is single use: the grant keeps only the latest one.
        if (grant.RefreshToken != refreshToken)
        {
            return (null, OAuthError.InvalidGrant("refresh_token is invalid"));
        }

        if (grant.HasEnded || Now >= grant.GrantedAt + options.Value.GrantLifetime)
        {
            return (null, OAuthError.InvalidGrant("the grant has expired; the user must authorise again"));
        }

        return (IssueGrantTokens(grant), null);
    }

    private TokenSet IssueGrantTokens(Grant grant)
    {
        // Rotating the pair ends the previous access token at once, even if it had time left.
        _accessTokens.TryRemove(grant.AccessToken, out _);
        _refreshTokenGrants.TryRemove(grant.RefreshToken, out _);

        var lifetime = options.Value.AccessTokenLifetime;
        grant.AccessToken = NewOpaqueValue();
        grant.RefreshToken = NewOpaqueValue();
        _accessTokens[grant.AccessToken] = new AccessTokenEntry(
            grant.ClientId, grant.Id, grant.UserId, grant.Scopes, Now + lifetime);
        _refreshTokenGrants[grant.RefreshToken] = grant.Id;
        _issuedAccessTokens.Enqueue(grant.AccessToken);
        _issuedRefreshTokens.Enqueue(grant.RefreshToken);

        return new TokenSet(grant.AccessToken, grant.RefreshToken, lifetime, grant.Scopes);
    }

    /// <summary>Returns 32 random lower-case hex characters, the shape of HMRC's tokens and codes.</summary>
    private static string NewOpaqueValue() => RandomNumberGenerator.GetHexString(32, lowercase: true);
}
