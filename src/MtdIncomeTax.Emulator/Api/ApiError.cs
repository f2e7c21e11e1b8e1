namespace MtdIncomeTax.Emulator.Api;

/// <summary>
/// An HMRC API error: the HTTP status and the {"code", "message"} body, with the JSON pointers of
/// the body fields at fault when there are any.
/// </summary>
internal sealed record ApiError(int StatusCode, string Code, string Message, IReadOnlyList<string>? Paths = null)
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

    public static readonly ApiError MessageThrottledOut = new(
        StatusCodes.Status429TooManyRequests,
        "MESSAGE_THROTTLED_OUT",
        "The request for the API is throttled as you have exceeded your quota.");

    public static readonly ApiError InvalidBodyType = new(
        StatusCodes.Status415UnsupportedMediaType, "INVALID_BODY_TYPE", "Expecting text/json or application/json body");

    /// <summary>The body could not be parsed as JSON.</summary>
    public static readonly ApiError InvalidRequest =
        new(StatusCodes.Status400BadRequest, "INVALID_REQUEST", "Invalid request");

    /// <summary>Returns this error pointing at the given body fields.</summary>
    public ApiError At(params string[] paths) => this with { Paths = paths };
}
