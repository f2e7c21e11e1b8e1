using MtdIncomeTax.Emulator.Api.Calculations;
using MtdIncomeTax.Emulator.Api.Pipeline;
using MtdIncomeTax.Emulator.Logging;
using MtdIncomeTax.Emulator.OAuth;

namespace MtdIncomeTax.Emulator.TestSupport;

/// <summary>
/// Routes for tests, mapped only when Emulator:TestMode is true, so that they are 404 otherwise.
/// {userId} is an HMRC test user id such as individual-1, and the grant is that user's latest
/// grant to any client. Each POST returns 204, or 404 when the user has no grant.
/// <list type="bullet">
/// <item>GET /test-support/issued-secrets: every code and token issued so far.</item>
/// <item>POST /test-support/users/{userId}/expire-access-token: the current access token expires
/// now, so API calls get 401 INVALID_CREDENTIALS; the refresh token still works.</item>
/// <item>POST /test-support/users/{userId}/revoke-grant: as if the user removed the authority in
/// their HMRC account; refresh gets invalid_grant and API calls INVALID_CREDENTIALS.</item>
/// <item>POST /test-support/users/{userId}/end-grant: the grant reaches its 18-month end; refresh
/// gets invalid_grant, and the current access token lasts until it expires.</item>
/// <item>POST /test-support/token-endpoint/failures with JSON {"mode", "count", "delaySeconds"}:
/// the token endpoint fails; see <see cref="TokenFailureRequest"/>.</item>
/// <item>POST /test-support/token-endpoint/failures/clear: the token endpoint works again.</item>
/// <item>GET /test-support/rate-limit: the requests allowed per second and the count of 429 responses.</item>
/// <item>POST /test-support/rate-limit/reset: forgets admitted requests and sets the count of 429s to zero.</item>
/// <item>POST /test-support/calculation-delay with JSON {"seconds"}: how long new calculations take.</item>
/// </list>
/// </summary>
internal static class TestSupportEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/test-support");
        group.MapGet("/issued-secrets", (OAuthStore store) => Results.Json(store.ListIssuedSecrets()));

        group.MapPost("/users/{userId}/expire-access-token", (string userId, OAuthStore store, ILogger<OAuthStore> logger) =>
            ChangeGrant(userId, store, logger, "expired the access token", store.ExpireAccessToken));
        group.MapPost("/users/{userId}/revoke-grant", (string userId, OAuthStore store, ILogger<OAuthStore> logger) =>
            ChangeGrant(userId, store, logger, "revoked the grant", store.Revoke));
        group.MapPost("/users/{userId}/end-grant", (string userId, OAuthStore store, ILogger<OAuthStore> logger) =>
            ChangeGrant(userId, store, logger, "ended the grant", grant => grant.HasEnded = true));

        group.MapPost("/token-endpoint/failures", SetTokenFailure);
        group.MapPost("/token-endpoint/failures/clear", (TokenEndpointFailures failures, ILogger<TokenEndpointFailures> logger) =>
        {
            failures.Clear();
            logger.TokenFailureCleared();
            return Results.NoContent();
        });

        group.MapGet("/rate-limit", (ApplicationRateLimiter limiter) =>
            Results.Json(new { requestsPerSecond = limiter.RequestsPerSecond, throttledRequests = limiter.ThrottledCount }));
        group.MapPost("/rate-limit/reset", (ApplicationRateLimiter limiter) =>
        {
            limiter.Reset();
            return Results.NoContent();
        });
        group.MapPost("/calculation-delay", SetCalculationDelay);
    }

    private static IResult SetCalculationDelay(
        CalculationDelayRequest request,
        CalculationTiming timing,
        ILogger<CalculationTiming> logger)
    {
        if (request.Seconds is not >= 0)
        {
            return Results.BadRequest(new { error = "seconds must be 0 or more" });
        }

        timing.Delay = TimeSpan.FromSeconds(request.Seconds.Value);
        logger.CalculationDelaySet(request.Seconds.Value);

        return Results.NoContent();
    }

    private static IResult ChangeGrant(string userId, OAuthStore store, ILogger logger, string action, Action<Grant> change)
    {
        var grant = store.FindLatestGrant(userId);
        if (grant is null)
        {
            return Results.NotFound(new { error = $"user {userId} has no grant" });
        }

        change(grant);
        logger.TestSupportChangedGrant(action, userId, grant.ClientId);

        return Results.NoContent();
    }

    private static IResult SetTokenFailure(
        TokenFailureRequest request,
        TokenEndpointFailures failures,
        ILogger<TokenEndpointFailures> logger)
    {
        TokenFailureMode? mode = request.Mode switch
        {
            "server-error" => TokenFailureMode.ServerError,
            "timeout" => TokenFailureMode.Timeout,
            "refresh-in-progress" => TokenFailureMode.RefreshInProgress,
            _ => null,
        };
        if (mode is null)
        {
            return Results.BadRequest(new { error = "mode must be server-error, timeout or refresh-in-progress" });
        }

        if (request.Count is <= 0)
        {
            return Results.BadRequest(new { error = "count must be 1 or more, or absent to fail until cleared" });
        }

        if (mode == TokenFailureMode.Timeout && request.DelaySeconds is not > 0)
        {
            return Results.BadRequest(new { error = "delaySeconds must be more than 0 for a timeout" });
        }

        failures.Set(mode.Value, request.Count, TimeSpan.FromSeconds(request.DelaySeconds ?? 0));
        logger.TokenFailureSet(request.Mode!, request.Count);

        return Results.NoContent();
    }
}
