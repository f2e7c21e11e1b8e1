using Microsoft.Extensions.Options;
using MtdIncomeTax.Emulator.Configuration;

namespace MtdIncomeTax.Emulator.OAuth;

/// <summary>
/// Checks a /oauth/authorize query as HMRC does: every failure is a 400 with an RFC 6749 error
/// code, shown to the browser and never sent to the redirect URI.
/// </summary>
internal sealed class AuthorizeRequestValidator(IOptions<EmulatorOptions> options)
{
    public (AuthorizationRequest? Request, OAuthError? Error) Validate(IQueryCollection query)
    {
        var repeated = query.FirstOrDefault(parameter => parameter.Value.Count > 1).Key;
        if (repeated is not null)
        {
            return Reject(OAuthError.InvalidRequest($"{repeated} must not be repeated"));
        }

        var responseType = Value(query, "response_type");
        if (responseType is null)
        {
            return Reject(OAuthError.InvalidRequest("response_type is required"));
        }

        if (responseType != "code")
        {
            return Reject(new OAuthError(
                StatusCodes.Status400BadRequest, "unsupported_response_type", "response_type must be code"));
        }

        var clientId = Value(query, "client_id");
        if (clientId is null)
        {
            return Reject(OAuthError.InvalidRequest("client_id is required"));
        }

        var client = options.Value.OAuthClients.FirstOrDefault(c => c.ClientId == clientId);
        if (client is null)
        {
            return Reject(OAuthError.InvalidRequest("client_id is invalid"));
        }

        var redirectUri = Value(query, "redirect_uri");
        if (redirectUri is null)
        {
            return Reject(OAuthError.InvalidRequest("redirect_uri is required"));
        }

        if (!client.RedirectUris.Contains(redirectUri, StringComparer.Ordinal))
        {
            return Reject(OAuthError.InvalidRequest("redirect_uri is not registered for this client"));
        }

        return ValidateRest(query, clientId, redirectUri);
    }

    private static (AuthorizationRequest?, OAuthError?) ValidateRest(
        IQueryCollection query,
        string clientId,
        string redirectUri)
    {
        var scopes = HmrcScopes.Parse(Value(query, "scope"));
        if (scopes.Count == 0)
        {
            return Reject(OAuthError.InvalidRequest("scope is required"));
        }

        var unknownScope = scopes.FirstOrDefault(scope => !HmrcScopes.IsKnown(scope));
        if (unknownScope is not null)
        {
            return Reject(new OAuthError(
                StatusCodes.Status400BadRequest, "invalid_scope", $"scope {unknownScope} is invalid"));
        }

        if (query.ContainsKey("client_secret"))
        {
            return Reject(OAuthError.InvalidRequest("client_secret must not be sent to the authorize endpoint"));
        }

        var pkceError = ValidatePkce(query);
        if (pkceError is not null)
        {
            return Reject(pkceError);
        }

        var state = Value(query, "state");
        var request = new AuthorizationRequest(
            clientId, redirectUri, scopes, state, Value(query, "code_challenge"));

        return (request, null);
    }

    private static OAuthError? ValidatePkce(IQueryCollection query)
    {
        var hasChallenge = query.TryGetValue("code_challenge", out var challenge);
        var hasMethod = query.TryGetValue("code_challenge_method", out var method);

        if (hasChallenge && string.IsNullOrEmpty(challenge))
        {
            return OAuthError.InvalidRequest("code_challenge must not be empty");
        }

        if (hasChallenge != hasMethod)
        {
            return OAuthError.InvalidRequest("code_challenge and code_challenge_method must be sent together");
        }

        if (hasMethod && method != Pkce.S256)
        {
            return OAuthError.InvalidRequest("code_challenge_method must be S256");
        }

        return null;
    }

    /// <summary>Returns the parameter's value, or null when it is absent or empty.</summary>
    private static string? Value(IQueryCollection query, string name)
    {
        var value = query[name].ToString();

        return value.Length == 0 ? null : value;
    }

    private static (AuthorizationRequest?, OAuthError?) Reject(OAuthError error) => (null, error);
}
