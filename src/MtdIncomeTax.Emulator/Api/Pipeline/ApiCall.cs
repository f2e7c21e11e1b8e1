using System.Text.Json;
using MtdIncomeTax.Emulator.Users;

namespace MtdIncomeTax.Emulator.Api.Pipeline;

/// <summary>
/// A request that has passed the Accept, token, rate-limit, NINO and authorisation checks, with
/// what an endpoint needs to go on: the test user, the scenario, the clock and the body text.
/// </summary>
internal sealed class ApiCall(
    HttpContext http,
    ApiEndpoint endpoint,
    string version,
    string? clientId,
    HmrcTestUser? user,
    HmrcTestUser? taxpayer,
    string? bodyText,
    DateTimeOffset now)
{
    public HttpContext Http { get; } = http;

    public ApiEndpoint Endpoint { get; } = endpoint;

    /// <summary>The API version the Accept header asked for, such as 9.0.</summary>
    public string Version { get; } = version;

    /// <summary>The client id of the token's application; null only on open endpoints, which take no token.</summary>
    public string? ClientId { get; } = clientId;

    /// <summary>The signed-in test user; null only on application-restricted endpoints called with an application token.</summary>
    public HmrcTestUser? User { get; } = user;

    public HmrcTestUser RequiredUser => User ?? throw new InvalidOperationException("The endpoint needs a user token.");

    /// <summary>
    /// The individual whose NINO is in the path: the signed-in user, or the client of the
    /// signed-in agent. Set only when the endpoint passed a NINO to the pipeline.
    /// </summary>
    public HmrcTestUser Taxpayer =>
        taxpayer ?? throw new InvalidOperationException("The endpoint has no NINO in its path.");

    public DateTimeOffset Now { get; } = now;

    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public string Scenario => Http.Request.Headers["Gov-Test-Scenario"].ToString().Trim();

    public IQueryCollection Query => Http.Request.Query;

    public ApiError Error(string code) => Endpoint.Api.Error(code);

    /// <summary>
    /// Returns the outcome the Gov-Test-Scenario header selects, or null when the header is absent,
    /// DEFAULT or STATEFUL, which use the test user's stored data. example builds the response of
    /// a data scenario, and may return null when the scenario does not apply to this request.
    /// </summary>
    public ApiOutcome? SelectScenario(Func<string, ApiOutcome?>? example = null)
    {
        var scenario = Scenario;
        if (scenario is "" or "DEFAULT" or "STATEFUL")
        {
            return null;
        }

        if (Endpoint.Scenarios.Errors.TryGetValue(scenario, out var code))
        {
            return ApiOutcome.Fail(Error(code));
        }

        var answer = Endpoint.Scenarios.Examples.Contains(scenario) ? example?.Invoke(scenario) : null;

        return answer ?? ApiOutcome.Fail(Error("RULE_INCORRECT_GOV_TEST_SCENARIO"));
    }

    /// <summary>
    /// Parses the body: an empty body is RULE_INCORRECT_OR_EMPTY_BODY_SUBMITTED, and text that is
    /// not JSON is INVALID_REQUEST, as HMRC's JSON body parser rejects it.
    /// </summary>
    public (JsonElement Body, ApiError? Error) ParseBody()
    {
        if (string.IsNullOrWhiteSpace(bodyText))
        {
            return (default, Error("RULE_INCORRECT_OR_EMPTY_BODY_SUBMITTED"));
        }

        try
        {
            using var document = JsonDocument.Parse(bodyText);
            return (document.RootElement.Clone(), null);
        }
        catch (JsonException)
        {
            return (default, ApiError.InvalidRequest);
        }
    }
}
