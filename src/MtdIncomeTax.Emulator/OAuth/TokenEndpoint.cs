using Microsoft.AspNetCore.Http.HttpResults;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using MtdIncomeTax.Emulator.Configuration;
using MtdIncomeTax.Emulator.Logging;
using MtdIncomeTax.Emulator.TestSupport;

namespace MtdIncomeTax.Emulator.OAuth;

/// <summary>
/// HMRC's POST /oauth/token for the authorization_code, refresh_token and client_credentials
/// grants. Client credentials come in the form body only, as HMRC documents.
/// </summary>
internal sealed class TokenEndpoint(
    OAuthStore store,
    TokenEndpointFailures failures,
    TimeProvider timeProvider,
    IOptions<EmulatorOptions> options,
    ILogger<TokenEndpoint> logger)
{
    private const string FormContentType = "application/x-www-form-urlencoded";

    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapPost("/oauth/token", (HttpContext context, TokenEndpoint endpoint) => endpoint.HandleAsync(context));

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        // Token responses carry secrets, so no cache may keep them (RFC 6749 section 5.1).
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Pragma = "no-cache";

        if (failures.TakeNext() is { } failure)
        {
            return await FailAsync(failure.Mode, failure.Delay, context.RequestAborted);
        }

        if (!IsFormEncoded(context.Request))
        {
            return Reject(null, null, OAuthError.InvalidRequest(
                $"the request body must be {FormContentType}"));
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var repeated = form.FirstOrDefault(field => field.Value.Count > 1).Key;
        var grantType = Value(form, "grant_type");
        var clientId = Value(form, "client_id");
        if (repeated is not null)
        {
            return Reject(grantType, clientId, OAuthError.InvalidRequest($"{repeated} must not be repeated"));
        }

        var (tokens, error) = Handle(form, grantType, clientId);
        if (error is not null)
        {
            return Reject(grantType, clientId, error);
        }

        logger.TokenIssued(grantType!, clientId!);

        return Results.Json(ToResponse(tokens!, includeScope: grantType != "refresh_token"));
    }

    /// <summary>Fails the request as test support asked, before reading it, so no code or token is spent.</summary>
    private async Task<IResult> FailAsync(TokenFailureMode mode, TimeSpan delay, CancellationToken cancellationToken)
    {
        logger.TokenRequestFailedOnPurpose(mode);
        if (mode == TokenFailureMode.RefreshInProgress)
        {
            return Results.Json(
                new OAuthErrorResponse("invalid_request", "refresh operation already in progress"),
                statusCode: StatusCodes.Status400BadRequest);
        }

        if (mode == TokenFailureMode.Timeout)
        {
            try
            {
                await Task.Delay(delay, timeProvider, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // The client gave up first, which is what a timeout test expects.
                return Results.Empty;
            }
        }

        return Results.Json(
            new OAuthErrorResponse("server_error", "the token endpoint failed, as test support asked"),
            statusCode: StatusCodes.Status500InternalServerError);
    }

    private (TokenSet?, OAuthError?) Handle(IFormCollection form, string? grantType, string? clientId)
    {
        if (grantType is not ("authorization_code" or "refresh_token" or "client_credentials"))
        {
            return (null, OAuthError.InvalidRequest(
                grantType is null ? "grant_type is required" : "grant_type is not supported"));
        }

        var clientError = AuthenticateClient(clientId, Value(form, "client_secret"));
        if (clientError is not null)
        {
            return (null, clientError);
        }

        return grantType switch
        {
            "authorization_code" => ExchangeCode(form, clientId!),
            "refresh_token" => Refresh(form, clientId!),
            _ => IssueApplicationToken(form, clientId!),
        };
    }

    private OAuthError? AuthenticateClient(string? clientId, string? clientSecret)
    {
        if (clientId is null || clientSecret is null)
        {
            return OAuthError.InvalidRequest(clientId is null ? "client_id is required" : "client_secret is required");
        }

        var client = options.Value.OAuthClients.FirstOrDefault(c => c.ClientId == clientId);
        var secretMatches = client is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(client.ClientSecret), Encoding.UTF8.GetBytes(clientSecret));

        return secretMatches
            ? null
            : new OAuthError(StatusCodes.Status401Unauthorized, "invalid_client", "invalid client id or secret");
    }

    private (TokenSet?, OAuthError?) ExchangeCode(IFormCollection form, string clientId)
    {
        var codeValue = Value(form, "code");
        if (codeValue is null)
        {
            return (null, OAuthError.InvalidRequest("code is required"));
        }

        var code = store.TakeCode(codeValue);
        if (code is null || code.ClientId != clientId)
        {
            return (null, OAuthError.InvalidRequest("code is invalid, expired or already used"));
        }

        var redirectUri = Value(form, "redirect_uri");
        if (redirectUri is null)
        {
            return (null, OAuthError.InvalidRequest("redirect_uri is required"));
        }

        if (redirectUri != code.RedirectUri)
        {
            return (null, OAuthError.InvalidRequest("redirect_uri does not match the one sent to authorize"));
        }

        var pkceError = CheckVerifier(Value(form, "code_verifier"), code.CodeChallenge);

        return pkceError is null ? (store.CreateGrant(code), null) : (null, pkceError);
    }

    private static OAuthError? CheckVerifier(string? verifier, string? challenge)
    {
        if (challenge is null)
        {
            return verifier is null
                ? null
                : OAuthError.InvalidRequest("code_verifier must not be sent when authorize had no code_challenge");
        }

        if (verifier is null)
        {
            return OAuthError.InvalidRequest("code_verifier is required");
        }

        if (!Pkce.IsWellFormedVerifier(verifier))
        {
            return OAuthError.InvalidRequest(
                "code_verifier must be 43 to 128 characters of A-Z, a-z, 0-9, '-', '.', '_' or '~'");
        }

        return Pkce.Matches(verifier, challenge)
            ? null
            : OAuthError.InvalidGrant("code_verifier does not match code_challenge");
    }

    private (TokenSet?, OAuthError?) Refresh(IFormCollection form, string clientId)
    {
        var refreshToken = Value(form, "refresh_token");
        if (refreshToken is null)
        {
            return (null, OAuthError.InvalidRequest("refresh_token is required"));
        }

        var (tokens, error) = store.Refresh(refreshToken, clientId);
        if (tokens is not null)
        {
            logger.TokenRefreshed(clientId);
        }

        return (tokens, error);
    }

    private (TokenSet?, OAuthError?) IssueApplicationToken(IFormCollection form, string clientId)
    {
        var scopes = HmrcScopes.Parse(Value(form, "scope"));
        var unknownScope = scopes.FirstOrDefault(scope => !HmrcScopes.IsKnown(scope));
        if (unknownScope is not null)
        {
            return (null, new OAuthError(
                StatusCodes.Status400BadRequest, "invalid_scope", $"scope {unknownScope} is invalid"));
        }

        return (store.IssueApplicationToken(clientId, scopes), null);
    }

    private JsonHttpResult<OAuthErrorResponse> Reject(string? grantType, string? clientId, OAuthError error)
    {
        logger.TokenRequestRejected(grantType, clientId, error.Error, error.Description);

        return TypedResults.Json(
            new OAuthErrorResponse(error.Error, error.Description), statusCode: error.StatusCode);
    }

    private static TokenResponse ToResponse(TokenSet tokens, bool includeScope)
    {
        var scope = includeScope && tokens.Scopes.Count > 0 ? string.Join(' ', tokens.Scopes) : null;

        return new TokenResponse(
            tokens.AccessToken, "bearer", (long)tokens.Lifetime.TotalSeconds, tokens.RefreshToken, scope);
    }

    private static bool IsFormEncoded(HttpRequest request) =>
        request.ContentType is { } contentType
        && contentType.Split(';')[0].Trim().Equals(FormContentType, StringComparison.OrdinalIgnoreCase);

    private static string? Value(IFormCollection form, string name)
    {
        StringValues value = form[name];

        return StringValues.IsNullOrEmpty(value) ? null : value.ToString();
    }
}
