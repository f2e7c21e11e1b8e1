using System.Text.RegularExpressions;
using MtdIncomeTax.Emulator.Logging;
using MtdIncomeTax.Emulator.OAuth;
using MtdIncomeTax.Emulator.Users;

namespace MtdIncomeTax.Emulator.Api;

/// <summary>
/// Business Details (MTD) 2.0, List All Businesses: GET /individuals/business/details/{nino}/list.
/// Every response, success or error, carries X-CorrelationId and X-Content-Type-Options.
/// </summary>
internal sealed partial class BusinessDetailsEndpoint(
    BearerTokenCheck bearerTokenCheck,
    ILogger<BusinessDetailsEndpoint> logger)
{
    private const string SupportedVersion = "2.0";

    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet(
            "/individuals/business/details/{nino}/list",
            (string nino, HttpContext context, BusinessDetailsEndpoint endpoint) =>
                endpoint.ListBusinesses(nino, context));

    private IResult ListBusinesses(string nino, HttpContext context)
    {
        var correlationId = Guid.NewGuid().ToString();
        context.Response.Headers["X-CorrelationId"] = correlationId;
        context.Response.Headers.XContentTypeOptions = "nosniff";

        var (businesses, error) = Evaluate(nino, context.Request);
        var statusCode = error?.StatusCode ?? StatusCodes.Status200OK;
        var path = $"/individuals/business/details/{Nino.Mask(nino)}/list";
        logger.ApiRequestCompleted(context.Request.Method, path, statusCode, error?.Code ?? "OK", correlationId);

        // RFC 9110 requires a challenge on every 401; this is the one HMRC's gateway sends.
        if (statusCode == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"HMRC API Platform\"";
        }

        return error is null
            ? Results.Json(BusinessListResponse.From(businesses!))
            : Results.Json(new ApiErrorResponse(error.Code, error.Message), statusCode: statusCode);
    }

    private (IReadOnlyList<Business>?, ApiError?) Evaluate(string nino, HttpRequest request)
    {
        var version = AcceptVersion().Match(request.Headers.Accept.ToString());
        if (!version.Success)
        {
            return (null, ApiError.AcceptHeaderInvalid);
        }

        if (version.Groups[1].Value != SupportedVersion)
        {
            return (null, ApiError.VersionNotFound);
        }

        var (user, authError) = bearerTokenCheck.Authenticate(request, HmrcScopes.ReadSelfAssessment);
        if (authError is not null)
        {
            return (null, authError);
        }

        if (!Nino.IsValid(nino))
        {
            return (null, ApiError.FormatNino);
        }

        // NOTE: agents get 403 until agent-client relationships are emulated.
        if (user!.AccountType != HmrcAccountType.Individual || user.Nino != nino)
        {
            return (null, ApiError.ClientOrAgentNotAuthorised);
        }

        return SelectScenario(request.Headers["Gov-Test-Scenario"].ToString(), user);
    }

    private static (IReadOnlyList<Business>?, ApiError?) SelectScenario(string scenario, HmrcTestUser user)
    {
        // HMRC's sandbox returns data not tied to the user here: one canned self-employment by
        // default. The emulator returns the signed-in test user's own businesses instead, so the
        // app shows the businesses of the user who granted authority.
        if (scenario is "" or "STATEFUL")
        {
            return user.Businesses.Count == 0 ? (null, ApiError.MatchingResourceNotFound) : (user.Businesses, null);
        }

        if (scenario == "NOT_FOUND")
        {
            return (null, ApiError.MatchingResourceNotFound);
        }

        var canned = BusinessScenarios.Find(scenario);

        return canned is null ? (null, ApiError.IncorrectGovTestScenario) : (canned, null);
    }

    // The version pattern of HMRC's API routing: application/vnd.hmrc.X.Y+json.
    [GeneratedRegex(@"application/vnd\.hmrc\.(\d\.\d)\+json")]
    private static partial Regex AcceptVersion();
}
