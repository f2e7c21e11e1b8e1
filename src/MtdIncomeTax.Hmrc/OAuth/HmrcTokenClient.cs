using System.Net;
using Duende.IdentityModel.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MtdIncomeTax.Hmrc.OAuth;

/// <summary>
/// Calls HMRC's token endpoint. HMRC documents client authentication only as form-body parameters,
/// so the client ID and secret always travel in the body, never in a Basic header.
/// </summary>
public sealed class HmrcTokenClient(HttpClient httpClient, IOptions<HmrcOptions> options, ILogger<HmrcTokenClient> logger)
{
    private readonly HmrcOptions _options = options.Value;

    /// <summary>Exchanges an authorisation code, sending the same redirect URI as the authorize request.</summary>
    public Task<TokenRequestResult> ExchangeCodeAsync(string code, string codeVerifier, CancellationToken cancellationToken)
    {
        var request = new AuthorizationCodeTokenRequest
        {
            Address = _options.TokenEndpoint,
            ClientId = _options.ClientId,
            ClientSecret = _options.ClientSecret,
            ClientCredentialStyle = ClientCredentialStyle.PostBody,
            Code = code,
            RedirectUri = _options.RedirectUri,
            CodeVerifier = codeVerifier,
        };

        return SendAsync("authorization_code", ct => httpClient.RequestAuthorizationCodeTokenAsync(request, ct), cancellationToken);
    }

    /// <summary>Redeems a refresh token. HMRC's refresh tokens work once, so the caller must store the new pair.</summary>
    public Task<TokenRequestResult> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var request = new RefreshTokenRequest
        {
            Address = _options.TokenEndpoint,
            ClientId = _options.ClientId,
            ClientSecret = _options.ClientSecret,
            ClientCredentialStyle = ClientCredentialStyle.PostBody,
            RefreshToken = refreshToken,
        };

        return SendAsync("refresh_token", ct => httpClient.RequestRefreshTokenAsync(request, ct), cancellationToken);
    }

    private async Task<TokenRequestResult> SendAsync(
        string grantType,
        Func<CancellationToken, Task<TokenResponse>> send,
        CancellationToken cancellationToken)
    {
        TokenResponse response;
        try
        {
            response = await send(cancellationToken);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.TokenRequestTimedOut(grantType, httpClient.Timeout);
            return TokenRequestResult.Failure(TokenRequestOutcome.Unavailable, null, "timeout", null);
        }

        var result = ToResult(response);
        if (result.Succeeded)
        {
            logger.TokenRequestSucceeded(grantType, result.Tokens.ExpiresIn);
        }
        else
        {
            logger.TokenRequestFailed(grantType, result.Outcome, (int?)result.StatusCode, result.Error, result.ErrorDescription, response.Exception);
        }

        return result;
    }

    private static TokenRequestResult ToResult(TokenResponse response)
    {
        if (response.ErrorType == ResponseErrorType.Exception)
        {
            return TokenRequestResult.Failure(TokenRequestOutcome.Unavailable, null, "network_error", response.Exception?.GetType().Name);
        }

        var status = response.HttpStatusCode;
        if (!response.IsError)
        {
            return ToTokens(response);
        }

        var outcome = (int)status >= 500 ? TokenRequestOutcome.Unavailable
            : status == HttpStatusCode.Unauthorized || response.Error == "invalid_client" ? TokenRequestOutcome.ClientRejected
            : TokenRequestOutcome.Rejected;

        return TokenRequestResult.Failure(outcome, status, response.Error, response.ErrorDescription);
    }

    private static TokenRequestResult ToTokens(TokenResponse response)
    {
        if (string.IsNullOrEmpty(response.AccessToken) || string.IsNullOrEmpty(response.RefreshToken) || response.ExpiresIn <= 0)
        {
            return TokenRequestResult.Failure(
                TokenRequestOutcome.InvalidResponse, response.HttpStatusCode, "invalid_response",
                "The token response lacked an access token, a refresh token or expires_in.");
        }

        var tokens = new HmrcTokenSet(
            response.AccessToken, response.RefreshToken, TimeSpan.FromSeconds(response.ExpiresIn), response.Scope);
        return TokenRequestResult.Success(tokens);
    }
}
