using MtdIncomeTax.Emulator.OAuth;
using MtdIncomeTax.Emulator.Users;

namespace MtdIncomeTax.Emulator.Api;

/// <summary>
/// The API platform's checks of the Authorization header for a user-restricted endpoint, in
/// HMRC's order: credentials present, token valid, token of a user, scope granted.
/// </summary>
internal sealed class BearerTokenCheck(OAuthStore store)
{
    private const string BearerPrefix = "Bearer ";

    public (HmrcTestUser? User, ApiError? Error) Authenticate(HttpRequest request, string requiredScope)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.Length == 0)
        {
            return (null, ApiError.MissingCredentials);
        }

        var token = authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            ? authorization[BearerPrefix.Length..].Trim()
            : "";
        var entry = token.Length == 0 ? null : store.FindAccessToken(token);
        if (entry is null)
        {
            return (null, ApiError.InvalidCredentials);
        }

        if (entry.IsApplicationToken)
        {
            return (null, ApiError.IncorrectAccessTokenType);
        }

        if (!entry.Scopes.Contains(requiredScope))
        {
            return (null, ApiError.InvalidScope);
        }

        var user = TestUsers.FindHmrcUser(entry.UserId!);

        return user is null ? (null, ApiError.InvalidCredentials) : (user, null);
    }
}
