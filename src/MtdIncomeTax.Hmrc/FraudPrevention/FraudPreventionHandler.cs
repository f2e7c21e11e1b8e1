using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MtdIncomeTax.Hmrc.Http;

namespace MtdIncomeTax.Hmrc.FraudPrevention;

/// <summary>
/// Adds the fraud prevention headers HMRC requires by law on every Income Tax API call. It sits
/// inside the bearer token handler, so a replayed request is sent with them again.
/// </summary>
public sealed class FraudPreventionHandler(
    IFraudPreventionContext? context,
    IOptions<FraudPreventionOptions> options,
    ILogger<FraudPreventionHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var client = context is null ? null : await context.GetClientDataAsync(cancellationToken);
        var headers = FraudPreventionHeaders.Build(client, options.Value);
        foreach (var name in FraudPreventionHeaderNames.All)
        {
            request.Headers.Remove(name);
        }

        foreach (var (name, value) in headers)
        {
            // Values are already in HMRC's encoding; parsing them as HTTP header syntax could reject a user agent.
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (headers.Count < FraudPreventionHeaderNames.All.Count && logger.IsEnabled(LogLevel.Debug))
        {
            var missing = FraudPreventionHeaderNames.All.Except(headers.Select(header => header.Key));
            logger.FraudPreventionHeadersMissing(request.Method.Method, BearerTokenHandler.EndpointOf(request), string.Join(", ", missing));
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
