using System.Net.Http.Json;
using MtdIncomeTax.Hmrc.Http;
using MtdIncomeTax.Hmrc.Tokens;

namespace MtdIncomeTax.Hmrc.Api;

/// <summary>Sends one request through the HMRC handler chain and turns the response into a result.</summary>
internal static class HmrcApiCall
{
    public static async Task<HmrcApiResult<T>> GetAsync<T>(
        HttpClient httpClient, Guid connectionId, string endpoint, string path, CancellationToken cancellationToken)
        where T : class
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Options.Set(HmrcRequestOptions.ConnectionId, connectionId);
        request.Options.Set(HmrcRequestOptions.Endpoint, endpoint);

        try
        {
            using var response = await httpClient.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return HmrcApiResult<T>.Failure(await HmrcErrorReader.ReadAsync(response, cancellationToken));
            }

            var value = await response.Content.ReadFromJsonAsync<T>(cancellationToken)
                ?? throw new InvalidOperationException($"HMRC returned an empty body for {endpoint}.");
            return HmrcApiResult<T>.Success(value, HmrcErrorReader.CorrelationIdOf(response));
        }
        catch (AccessTokenUnavailableException exception)
        {
            var code = exception.Outcome switch
            {
                AccessTokenOutcome.ReauthorisationRequired => HmrcApiError.ReauthorisationRequired,
                AccessTokenOutcome.TransientFailure => HmrcApiError.Unavailable,
                AccessTokenOutcome.Misconfigured => HmrcApiError.ApplicationMisconfigured,
                _ => HmrcApiError.NoAccessToken,
            };
            return HmrcApiResult<T>.Failure(new HmrcApiError(0, code, exception.Reason, [], null));
        }
        catch (HttpRequestException exception)
        {
            return HmrcApiResult<T>.Failure(HmrcErrorReader.Unavailable(exception.Message));
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HmrcApiResult<T>.Failure(HmrcErrorReader.Unavailable("HMRC did not respond in time."));
        }
    }
}
