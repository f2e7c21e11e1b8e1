using Microsoft.Extensions.Logging;

namespace MtdIncomeTax.Hmrc.Api.FraudPrevention;

/// <summary>
/// Typed client for HMRC's Test Fraud Prevention Headers API 1.0, which exists in the sandbox
/// only. It checks the fraud prevention headers of the request itself, which this client's
/// handler chain adds exactly as on an Income Tax call for the same connection.
/// </summary>
public sealed class FraudPreventionValidatorClient(HttpClient httpClient, ILogger<FraudPreventionValidatorClient> logger)
{
    private static readonly HmrcOperation Validate = HmrcOperation.Get("/test/fraud-prevention-headers/validate");

    /// <summary>Sends the headers that a call for the connection carries now, and returns HMRC's verdict on them.</summary>
    public async Task<HmrcApiResult<FraudHeaderValidation>> ValidateAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        var result = await HmrcApiCall.SendAsync<FraudHeaderValidation>(
            httpClient, logger, Validate, connectionId, "test/fraud-prevention-headers/validate", null, cancellationToken);
        if (result.Value is { } validation)
        {
            logger.FraudPreventionValidated(validation.Code, validation.Errors?.Count ?? 0, validation.Warnings?.Count ?? 0, connectionId);
        }

        return result;
    }
}
