using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace MtdIncomeTax.Hmrc.Http;

/// <summary>Adds the connection's access token as a bearer token. A request without a usable token is never sent.</summary>
public sealed class BearerTokenHandler(IHmrcAccessTokenSource tokenSource, ILogger<BearerTokenHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(HmrcRequestOptions.ConnectionId, out var connectionId))
        {
            throw new InvalidOperationException("An HMRC API request was built without a connection ID.");
        }

        var lookup = await tokenSource.GetAccessTokenAsync(connectionId, cancellationToken);
        if (lookup.AccessToken is null)
        {
            var reason = lookup.Reason ?? "unknown";
            logger.ApiCallWithoutToken(request.Method.Method, EndpointOf(request), connectionId, reason);
            throw new AccessTokenUnavailableException(reason);
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", lookup.AccessToken);
        return await base.SendAsync(request, cancellationToken);
    }

    internal static string EndpointOf(HttpRequestMessage request) =>
        request.Options.TryGetValue(HmrcRequestOptions.Endpoint, out var endpoint) ? endpoint : "(unnamed endpoint)";
}
