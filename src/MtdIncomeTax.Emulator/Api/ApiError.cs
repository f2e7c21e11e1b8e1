namespace MtdIncomeTax.Emulator.Api;

/// <summary>An HMRC API error: the HTTP status and the {"code", "message"} body.</summary>
internal sealed record ApiError(int StatusCode, string Code, string Message)
{
    public static readonly ApiError AcceptHeaderInvalid =
        new(StatusCodes.Status406NotAcceptable, "ACCEPT_HEADER_INVALID", "The accept header is missing or invalid");

    public static readonly ApiError VersionNotFound =
        new(StatusCodes.Status404NotFound, "NOT_FOUND", "The requested resource could not be found");

    // NOTE: the messages of MISSING_CREDENTIALS, INCORRECT_ACCESS_TOKEN_TYPE and INVALID_SCOPE are
    // recalled from HMRC's reference guide, not checked against a stored copy; clients should branch on code.
    public static readonly ApiError MissingCredentials =
        new(StatusCodes.Status401Unauthorized, "MISSING_CREDENTIALS", "Authentication information is not provided");

    public static readonly ApiError InvalidCredentials =
        new(StatusCodes.Status401Unauthorized, "INVALID_CREDENTIALS", "Invalid Authentication information provided");

    public static readonly ApiError IncorrectAccessTokenType = new(
        StatusCodes.Status401Unauthorized,
        "INCORRECT_ACCESS_TOKEN_TYPE",
        "The access token type used is not supported when invoking the API");

    public static readonly ApiError InvalidScope = new(
        StatusCodes.Status403Forbidden,
        "INVALID_SCOPE",
        "Cannot access the required resource. Ensure this token has all the required scopes.");

    public static readonly ApiError FormatNino =
        new(StatusCodes.Status400BadRequest, "FORMAT_NINO", "The provided NINO is invalid");

    public static readonly ApiError ClientOrAgentNotAuthorised = new(
        StatusCodes.Status403Forbidden, "CLIENT_OR_AGENT_NOT_AUTHORISED", "The client or agent is not authorised");

    public static readonly ApiError MatchingResourceNotFound =
        new(StatusCodes.Status404NotFound, "MATCHING_RESOURCE_NOT_FOUND", "Matching resource not found");

    public static readonly ApiError IncorrectGovTestScenario = new(
        StatusCodes.Status400BadRequest,
        "RULE_INCORRECT_GOV_TEST_SCENARIO",
        "The supplied Gov-Test-Scenario is not valid");
}
