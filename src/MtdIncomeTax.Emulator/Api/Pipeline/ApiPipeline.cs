using System.Text.RegularExpressions;
using MtdIncomeTax.Emulator.Agents;
using MtdIncomeTax.Emulator.FraudPrevention;
using MtdIncomeTax.Emulator.Logging;
using MtdIncomeTax.Emulator.Users;

namespace MtdIncomeTax.Emulator.Api.Pipeline;

/// <summary>
/// The checks every HMRC API request passes, in HMRC's order: the Accept version, the bearer
/// token and its scope, the per-application rate limit, the body's content type, the NINO format
/// and the user's authority over that NINO: the individual themselves, or an agent the client
/// has authorised. The endpoint then checks its own parameters, body, rules and scenario. Every
/// response carries X-CorrelationId, and each request is logged with the NINO masked.
/// </summary>
internal sealed partial class ApiPipeline(
    BearerTokenCheck bearerTokenCheck,
    ApplicationRateLimiter rateLimiter,
    FraudHeaderResults fraudHeaderResults,
    HmrcUserRegistry users,
    AgentAuthorisationStore agentAuthorisations,
    TimeProvider timeProvider,
    ILogger<ApiPipeline> logger)
{
    public async Task<IResult> RunAsync(
        HttpContext context,
        ApiEndpoint endpoint,
        string? nino,
        Func<ApiCall, Task<ApiOutcome>> handle)
    {
        var correlationId = Guid.NewGuid().ToString();
        context.Response.Headers["X-CorrelationId"] = correlationId;
        context.Response.Headers.XContentTypeOptions = "nosniff";

        var outcome = await EvaluateAsync(context, endpoint, nino, handle);
        var (statusCode, body) = outcome.Failed
            ? ApiErrors.ToResponse(outcome.Errors)
            : (outcome.StatusCode, outcome.Body);
        var code = outcome.Failed ? ((ApiErrorResponse)body!).Code : statusCode < 400 ? "OK" : "(empty)";
        RecordFraudHeaders(context.Request, endpoint, statusCode);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.ApiRequestCompleted(context.Request.Method, MaskedPath(context.Request), statusCode, code, correlationId);
        }

        // RFC 9110 requires a challenge on every 401; this is the one HMRC's gateway sends.
        if (statusCode == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"HMRC API Platform\"";
        }

        return body is null ? Results.StatusCode(statusCode) : Results.Json(body, statusCode: statusCode);
    }

    private async Task<ApiOutcome> EvaluateAsync(
        HttpContext context,
        ApiEndpoint endpoint,
        string? nino,
        Func<ApiCall, Task<ApiOutcome>> handle)
    {
        var request = context.Request;
        var api = endpoint.Api;
        var accept = request.Headers.Accept.ToString();
        var version = AcceptVersion().Match(accept);
        if (!version.Success)
        {
            var key = accept.Length == 0 ? "ACCEPT_HEADER_MISSING" : null;
            return ApiOutcome.Fail(api.Replace(ApiError.AcceptHeaderInvalid, key));
        }

        if (!endpoint.Versions.Contains(version.Groups[1].Value))
        {
            return ApiOutcome.Fail(ApiError.VersionNotFound);
        }

        string? clientId = null;
        HmrcTestUser? user = null;
        if (!endpoint.Open)
        {
            (clientId, user, var authError) = bearerTokenCheck.Authenticate(request, endpoint.Scope);
            if (authError is not null)
            {
                return ApiOutcome.Fail(api.Replace(authError));
            }

            if (!rateLimiter.TryAdmit(clientId!))
            {
                return ApiOutcome.Fail(ApiError.MessageThrottledOut);
            }
        }

        string? bodyText = null;
        // A request without a body is checked by the endpoint, which reports the missing body.
        if (endpoint.HasBody && request.ContentLength != 0)
        {
            if (!IsJson(request.ContentType))
            {
                return ApiOutcome.Fail(api.Replace(ApiError.InvalidBodyType));
            }

            using var reader = new StreamReader(request.Body);
            bodyText = await reader.ReadToEndAsync(context.RequestAborted);
        }

        HmrcTestUser? taxpayer = null;
        if (nino is not null)
        {
            (taxpayer, var authorisationError) = Authorise(api, nino, user);
            if (authorisationError is not null)
            {
                return ApiOutcome.Fail(authorisationError);
            }
        }

        var call = new ApiCall(
            context, endpoint, version.Groups[1].Value, clientId, user, taxpayer, bodyText, timeProvider.GetUtcNow());

        return await handle(call);
    }

    // Checked like HMRC's live traffic checks, after the response is decided, so that a check never fails a call.
    private void RecordFraudHeaders(HttpRequest request, ApiEndpoint endpoint, int statusCode)
    {
        if (endpoint.Api.RecordsFraudHeaders)
        {
            var report = FraudHeaderValidator.Validate(request.Headers);
            fraudHeaderResults.Add(new FraudHeaderRecord(
                timeProvider.GetUtcNow(), endpoint.Api.Name, request.Method, MaskedPath(request), statusCode, report));
        }
    }

    /// <summary>
    /// Checks the NINO's format, then that the token's user is that individual, or an agent with
    /// a main relationship with them, or a supporting one when the API allows supporting agents.
    /// Returns the individual whose data the call reads and changes.
    /// </summary>
    private (HmrcTestUser? Taxpayer, ApiError? Error) Authorise(HmrcApi api, string nino, HmrcTestUser? user)
    {
        if (!Nino.IsValid(nino))
        {
            return (null, api.Error("FORMAT_NINO"));
        }

        if (user is { AccountType: HmrcAccountType.Individual } && user.Nino == nino)
        {
            return (user, null);
        }

        var relationship = user is { AccountType: HmrcAccountType.Agent, AgentReferenceNumber: { } arn }
            ? agentAuthorisations.FindRelationship(arn, nino)
            : null;
        var authorised = relationship == AgentType.Main
            || (relationship == AgentType.Supporting && api.SupportingAgentsAllowed);
        var client = authorised ? users.FindByNino(nino) : null;

        return client is null ? (null, api.Error("CLIENT_OR_AGENT_NOT_AUTHORISED")) : (client, null);
    }

    private static bool IsJson(string? contentType)
    {
        var mediaType = (contentType ?? "").Split(';')[0].Trim();

        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("text/json", StringComparison.OrdinalIgnoreCase);
    }

    private static string MaskedPath(HttpRequest request) =>
        NinoLike().Replace(request.Path.Value + request.QueryString.Value, match => Nino.Mask(match.Value));

    // The version pattern of HMRC's API routing: application/vnd.hmrc.X.Y+json.
    [GeneratedRegex(@"application/vnd\.hmrc\.(\d\.\d)\+json")]
    private static partial Regex AcceptVersion();

    // Anything shaped like a NINO in a path or query, valid or not, so that no NINO reaches a log.
    [GeneratedRegex("(?<=[/=])[A-Za-z]{2}[0-9]{6}[A-Za-z]?(?=[/&?]|$)")]
    private static partial Regex NinoLike();
}
