using MtdIncomeTax.Emulator.OAuth;
using MtdIncomeTax.Emulator.Users;

namespace MtdIncomeTax.Emulator.Api;

/// <summary>
/// The API platform's checks of the Authorization header, in HMRC's order: credentials present,
/// token valid, then for a user-restricted endpoint a token of a user with the scope granted.
/// An application-restricted endpoint accepts an application token or a user token.
/// </summary>
internal sealed class BearerTokenCheck(OAuthStore store, HmrcUserRegistry users)
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>Returns the token's client and user (null for an application token), or the error.</summary>
    public (string? ClientId, HmrcTestUser? User, ApiError? Error) Authenticate(HttpRequest request, string? requiredScope)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.Length == 0)
        {
            return (null, null, ApiError.MissingCredentials);
        }

        var token = authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            ? authorization[BearerPrefix.Length..].Trim()
            : "";
        var entry = token.Length == 0 ? null : store.FindAccessToken(token);
        if (entry is null)
        {
            return (null, null, ApiError.InvalidCredentials);
        }

        if (requiredScope is null)
        {
            return (entry.ClientId, entry.UserId is null ? null : users.Find(entry.UserId), null);
        }

        if (entry.IsApplicationToken)
        {
            return (null, null, ApiError.IncorrectAccessTokenType);
        }

        if (!entry.Scopes.Contains(requiredScope))
        {
            return (null, null, ApiError.InvalidScope);
        }

        var user = users.Find(entry.UserId!);

        return user is null ? (null, null, ApiError.InvalidCredentials) : (entry.ClientId, user, null);
    }
}
