using Duende.IdentityModel.Client;

namespace MtdIncomeTax.Hmrc.OAuth;

/// <summary>Builds the address that sends a person to HMRC's grant-authority journey.</summary>
public static class HmrcAuthorizeUrl
{
    /// <summary>
    /// Creates the authorize URL with response_type=code, the scopes, state and a PKCE S256 challenge.
    /// The client secret is never part of it: HMRC rejects a request that carries one.
    /// </summary>
    public static string Create(HmrcOptions options, string scopes, string state, string codeChallenge)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scopes);
        ArgumentException.ThrowIfNullOrWhiteSpace(state);
        ArgumentException.ThrowIfNullOrWhiteSpace(codeChallenge);

        return new RequestUrl(options.AuthorizeEndpoint).CreateAuthorizeUrl(
            clientId: options.ClientId,
            responseType: "code",
            scope: scopes,
            redirectUri: options.RedirectUri,
            state: state,
            codeChallenge: codeChallenge,
            codeChallengeMethod: PkcePair.ChallengeMethod);
    }
}
