using System.Net.Http.Headers;
using MtdIncomeTax.Hmrc.OAuth;

namespace MtdIncomeTax.Hmrc.Http;

/// <summary>
/// Adds the application's own bearer token for application-restricted endpoints. Like
/// <see cref="BearerTokenHandler"/>, it never sends a request without a token.
/// </summary>
public sealed class ApplicationTokenHandler(HmrcApplicationTokenProvider tokenProvider) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokenProvider.GetAccessTokenAsync(cancellationToken);
        if (!token.Succeeded)
        {
            throw new AccessTokenUnavailableException(token.Outcome, token.Reason ?? token.Outcome.ToString());
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return await base.SendAsync(request, cancellationToken);
    }
}
