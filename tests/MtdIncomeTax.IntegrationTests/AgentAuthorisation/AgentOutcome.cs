using System.Net;
using MtdIncomeTax.Hmrc.Api;

namespace MtdIncomeTax.IntegrationTests.AgentAuthorisation;

/// <summary>What a test reads of any client result, whatever its value type.</summary>
public sealed record AgentOutcome(bool Succeeded, HmrcApiError? Error, HttpStatusCode StatusCode, string? CorrelationId, object? Value)
{
    public static AgentOutcome Of<T>(HmrcApiResult<T> result)
        where T : class =>
        new(result.Succeeded, result.Error, result.StatusCode, result.CorrelationId, result.Value);
}
