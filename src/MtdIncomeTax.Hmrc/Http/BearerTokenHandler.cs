using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using MtdIncomeTax.Hmrc.Api;
using MtdIncomeTax.Hmrc.Tokens;

namespace MtdIncomeTax.Hmrc.Http;

/// <summary>
/// Adds the connection's access token as a bearer token. A request without a usable token is never
/// sent. HMRC returns 401 INVALID_CREDENTIALS when a token has expired or was replaced by a refresh
/// elsewhere, and the Agent Authorisation API returns 401 UNAUTHORIZED for a rejected token, so
/// either response gets exactly one refresh and one replay. A second one ends the grant.
/// </summary>
public sealed class BearerTokenHandler(HmrcTokenManager tokenManager, ILogger<BearerTokenHandler> logger) : DelegatingHandler
{
    private const string InvalidCredentials = "INVALID_CREDENTIALS";
    private const string Unauthorized = "UNAUTHORIZED";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(HmrcRequestOptions.ConnectionId, out var connectionId))
        {
            throw new InvalidOperationException("An HMRC API request was built without a connection ID.");
        }

        var token = await tokenManager.GetAccessTokenAsync(connectionId, cancellationToken);
        EnsureUsable(request, connectionId, token);

        // A replay sends the same request again, so its body must be readable twice.
        if (request.Content is not null)
        {
            await request.Content.LoadIntoBufferAsync(cancellationToken);
        }

        var response = await SendWithTokenAsync(request, token.AccessToken!, cancellationToken);
        if (!await IsInvalidCredentialsAsync(response, cancellationToken))
        {
            return response;
        }

        response.Dispose();
        var refreshed = await tokenManager.RefreshAfterRejectionAsync(connectionId, token.AccessToken!, cancellationToken);
        if (refreshed.Succeeded && refreshed.AccessToken == token.AccessToken)
        {
            // Only a new token is worth a replay; the same one would be rejected again.
            refreshed = AccessTokenResult.Failed(AccessTokenOutcome.TransientFailure, "no new access token could be obtained");
        }

        EnsureUsable(request, connectionId, refreshed);

        var replayed = await SendWithTokenAsync(request, refreshed.AccessToken!, cancellationToken);
        if (await IsInvalidCredentialsAsync(replayed, cancellationToken))
        {
            await tokenManager.ReportRejectedAfterRefreshAsync(connectionId, cancellationToken);
        }

        return replayed;
    }

    internal static string EndpointOf(HttpRequestMessage request) =>
        request.Options.TryGetValue(HmrcRequestOptions.Endpoint, out var endpoint) ? endpoint : "(unnamed endpoint)";

    private Task<HttpResponseMessage> SendWithTokenAsync(HttpRequestMessage request, string accessToken, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return base.SendAsync(request, cancellationToken);
    }

    private void EnsureUsable(HttpRequestMessage request, Guid connectionId, AccessTokenResult token)
    {
        if (!token.Succeeded)
        {
            var reason = token.Reason ?? token.Outcome.ToString();
            logger.ApiCallWithoutToken(request.Method.Method, EndpointOf(request), connectionId, reason);
            throw new AccessTokenUnavailableException(token.Outcome, reason);
        }
    }

    private static async Task<bool> IsInvalidCredentialsAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return false;
        }

        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var error = await HmrcErrorReader.ReadAsync(response, cancellationToken);
        return error.Code is InvalidCredentials or Unauthorized;
    }
}
