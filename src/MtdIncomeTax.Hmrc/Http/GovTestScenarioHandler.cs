using Microsoft.Extensions.Logging;

namespace MtdIncomeTax.Hmrc.Http;

/// <summary>
/// Sets Gov-Test-Scenario, which selects a simulated response in HMRC's sandbox, from the current
/// <see cref="HmrcTestScenario"/> or else the API's configured scenario. It sends nothing unless
/// test scenarios are allowed.
/// </summary>
public sealed class GovTestScenarioHandler(bool allowed, string? configuredScenario, ILogger<GovTestScenarioHandler> logger)
    : DelegatingHandler
{
    public const string HeaderName = "Gov-Test-Scenario";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var scenario = HmrcTestScenario.Current ?? (string.IsNullOrWhiteSpace(configuredScenario) ? null : configuredScenario);
        request.Headers.Remove(HeaderName);
        if (scenario is not null)
        {
            if (allowed)
            {
                request.Headers.Add(HeaderName, scenario);
            }
            else if (logger.IsEnabled(LogLevel.Debug))
            {
                logger.GovTestScenarioNotSent(scenario, BearerTokenHandler.EndpointOf(request));
            }
        }

        return base.SendAsync(request, cancellationToken);
    }
}
