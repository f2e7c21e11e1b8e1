namespace MtdIncomeTax.Emulator.Api;

/// <summary>
/// One of HMRC's APIs: the Accept versions it serves and its error messages by code. The
/// messages differ between APIs for the same code, so each API names its own; codes it does not
/// name come from <see cref="HmrcApis.CommonMessages"/>.
/// </summary>
internal sealed class HmrcApi(string name, IReadOnlyList<string> versions, IReadOnlyDictionary<string, string> messages)
{
    public string Name { get; } = name;

    public IReadOnlyList<string> Versions { get; } = versions;

    /// <summary>
    /// Whether a supporting agent may call the API for a client; a main agent always may. HMRC
    /// sets this per endpoint, and every endpoint the emulator serves of one API shares the value.
    /// </summary>
    public bool SupportingAgentsAllowed { get; init; } = true;

    /// <summary>Whether the API's calls are recorded by the fraud prevention header check.</summary>
    public bool RecordsFraudHeaders { get; init; } = true;

    /// <summary>
    /// Errors the API's own service returns in place of the API platform's, by the platform's
    /// code, or ACCEPT_HEADER_MISSING for a request without an Accept header.
    /// </summary>
    public IReadOnlyDictionary<string, ApiError> PlatformErrors { get; init; } = new Dictionary<string, ApiError>();

    /// <summary>Returns the API's error for the code, with HMRC's status for it.</summary>
    public ApiError Error(string code)
    {
        var message = messages.GetValueOrDefault(code)
            ?? HmrcApis.CommonMessages.GetValueOrDefault(code)
            ?? throw new InvalidOperationException($"The {Name} API has no message for error code {code}.");

        return new ApiError(StatusOf(code), code, message);
    }

    /// <summary>Returns this API's replacement of a platform error, looked up by key or by the error's code.</summary>
    public ApiError Replace(ApiError platformError, string? key = null) =>
        PlatformErrors.GetValueOrDefault(key ?? platformError.Code) ?? platformError;

    private static int StatusOf(string code) => code switch
    {
        "CLIENT_OR_AGENT_NOT_AUTHORISED" or "CLIENT_NOT_MTD_ENROLLED" => StatusCodes.Status403Forbidden,
        "MATCHING_RESOURCE_NOT_FOUND" or "NO_OBLIGATIONS_FOUND" or "NO_BUSINESS_FOUND" or "NOT_FOUND"
            => StatusCodes.Status404NotFound,
        "RULE_REQUEST_CANNOT_BE_FULFILLED" => StatusCodes.Status422UnprocessableEntity,
        "UNAUTHORIZED" => StatusCodes.Status401Unauthorized,
        "CLIENT_REGISTRATION_NOT_FOUND" or "POSTCODE_DOES_NOT_MATCH" or "NOT_AN_AGENT" or "AGENT_NOT_SUBSCRIBED"
            or "NO_PERMISSION_ON_AGENCY" or "DUPLICATE_AUTHORISATION_REQUEST" or "ALREADY_AUTHORISED"
            or "ALREADY_BEING_PROCESSED" or "INVALID_INVITATION_STATUS" or "NO_RELATIONSHIP"
            => StatusCodes.Status403Forbidden,
        "INVITATION_NOT_FOUND" or "RELATIONSHIP_NOT_FOUND" => StatusCodes.Status404NotFound,
        "ACCEPT_HEADER_INVALID" => StatusCodes.Status406NotAcceptable,
        _ => StatusCodes.Status400BadRequest,
    };
}
