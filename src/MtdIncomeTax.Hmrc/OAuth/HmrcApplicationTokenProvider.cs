using System.Net;
using Duende.IdentityModel.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MtdIncomeTax.Hmrc.Tokens;

namespace MtdIncomeTax.Hmrc.OAuth;

/// <summary>
/// Gets and caches the application's own access token (client-credentials grant) for HMRC's
/// application-restricted endpoints, such as Create Test User. No person's grant is involved.
/// </summary>
public sealed class HmrcApplicationTokenProvider(
    IHttpClientFactory httpClientFactory,
    IOptions<HmrcOptions> options,
    TimeProvider timeProvider,
    ILogger<HmrcApplicationTokenProvider> logger) : IDisposable
{
    public const string HttpClientName = "HmrcApplicationToken";

    // A token is replaced this long before it expires, so a request never leaves with a token
    // that runs out on the way.
    private static readonly TimeSpan ExpiryBuffer = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _accessToken;
    private DateTimeOffset _replaceAt;

    public async Task<AccessTokenResult> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_accessToken is not null && timeProvider.GetUtcNow() < _replaceAt)
            {
                return AccessTokenResult.Available(_accessToken);
            }

            return await RequestAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<AccessTokenResult> RequestAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var httpClient = httpClientFactory.CreateClient(HttpClientName);
        var response = await httpClient.RequestClientCredentialsTokenAsync(
            new ClientCredentialsTokenRequest
            {
                Address = settings.TokenEndpoint,
                ClientId = settings.ClientId,
                ClientSecret = settings.ClientSecret,
                ClientCredentialStyle = ClientCredentialStyle.PostBody,
            },
            cancellationToken);

        if (response.IsError || string.IsNullOrEmpty(response.AccessToken))
        {
            logger.ApplicationTokenRequestFailed(
                (int?)response.HttpStatusCode, response.Error, response.ErrorDescription, response.Exception);
            var outcome = response.HttpStatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized
                ? AccessTokenOutcome.Misconfigured
                : AccessTokenOutcome.TransientFailure;
            return AccessTokenResult.Failed(outcome, $"client-credentials token request failed ({response.Error ?? "no token"})");
        }

        _accessToken = response.AccessToken;
        _replaceAt = timeProvider.GetUtcNow() + TimeSpan.FromSeconds(response.ExpiresIn) - ExpiryBuffer;
        return AccessTokenResult.Available(_accessToken);
    }
}
