using System.Net;

namespace MtdIncomeTax.Hmrc.Api;

/// <summary>
/// An error response from an HMRC API: the HTTP status, HMRC's code (branch on this, never on the
/// message), the message, any nested errors and the X-CorrelationId to quote to HMRC.
/// </summary>
public sealed record HmrcApiError(
    HttpStatusCode StatusCode,
    string Code,
    string Message,
    IReadOnlyList<HmrcApiErrorDetail> Errors,
    string? CorrelationId)
{
    /// <summary>Code used when the call never reached HMRC because the connection does not exist.</summary>
    public const string NoAccessToken = "NO_ACCESS_TOKEN";

    /// <summary>Code used when the call never reached HMRC because the person must grant authority again.</summary>
    public const string ReauthorisationRequired = "REAUTHORISATION_REQUIRED";

    /// <summary>Code used when the call never reached HMRC because HMRC rejected the application's credentials.</summary>
    public const string ApplicationMisconfigured = "APPLICATION_MISCONFIGURED";

    /// <summary>Code used when HMRC could not be reached or did not respond in time, and nothing was changed.</summary>
    public const string Unavailable = "HMRC_UNAVAILABLE";

    /// <summary>
    /// Code used for a write whose result cannot be known: it timed out or lost its connection after
    /// it was sent, or HMRC returned 500, 502, 503 or 504. Such a write is never sent again
    /// automatically; the person checks at HMRC before sending it again.
    /// </summary>
    public const string OutcomeUnknown = "OUTCOME_UNKNOWN";

    /// <summary>Code used when HMRC returned a success status but a body that does not match the API's model.</summary>
    public const string InvalidResponse = "INVALID_RESPONSE";

    private static readonly HashSet<string> CodesOfOurMaking =
    [
        "ACCEPT_HEADER_INVALID",
        "INVALID_BODY_TYPE",
        "INVALID_HTTP_METHOD",
        "RULE_INCORRECT_GOV_TEST_SCENARIO",
        InvalidResponse,

        // The Agent Authorisation API's codes for fields this software fills in itself: the
        // service, client type and client ID type are constants, and the NINO is parsed before
        // sending. BAD_REQUEST is its code for a missing version, content type or body.
        "BAD_REQUEST",
        "SERVICE_NOT_SUPPORTED",
        "CLIENT_TYPE_NOT_SUPPORTED",
        "CLIENT_ID_FORMAT_INVALID",
        "CLIENT_ID_DOES_NOT_MATCH_SERVICE",
        "AGENT_TYPE_NOT_SUPPORTED",
        "VAT_REG_DATE_FORMAT_INVALID",
    ];

    /// <summary>
    /// The JSON pointers of the request fields at fault, from the error's "paths" or, in the
    /// platform's generic form, its single "path". Empty when HMRC named no field.
    /// </summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary>
    /// True when the call was a read, where 404 MATCHING_RESOURCE_NOT_FOUND means "no data yet" (such as
    /// a calculation that is not ready) rather than a wrong route.
    /// </summary>
    public bool NotFoundIsExpected { get; init; }

    /// <summary>
    /// The Location header of the error response, when HMRC sent one. The Agent Authorisation API
    /// sends it with 403 DUPLICATE_AUTHORISATION_REQUEST to point at the request already pending.
    /// </summary>
    public string? Location { get; init; }

    /// <summary>
    /// The ID of the authorisation request already pending, read from <see cref="Location"/> when
    /// the Agent Authorisation API returns 403 DUPLICATE_AUTHORISATION_REQUEST; null otherwise.
    /// </summary>
    public string? ExistingInvitationId { get; init; }

    /// <summary>
    /// True when the error points at a fault in this software rather than in what the person did.
    /// These are FORMAT_ codes for values we built, MATCHING_RESOURCE_NOT_FOUND on a write, headers,
    /// methods or test scenarios HMRC rejected, unreadable responses, an INVALID_REQUEST whose
    /// nested codes are all FORMAT_ codes, and the Agent Authorisation API's codes for fields we
    /// fill in (not POSTCODE_FORMAT_INVALID, because the person types the postcode).
    /// </summary>
    public bool IsOurFault =>
        IsFormatCode(Code)
        || CodesOfOurMaking.Contains(Code)
        || (Code == "MATCHING_RESOURCE_NOT_FOUND" && !NotFoundIsExpected)
        || (Code == "INVALID_REQUEST" && Errors.Count > 0 && Errors.All(error => IsFormatCode(error.Code)));

    public bool HasCode(string code) =>
        Code == code || Errors.Any(error => error.Code == code);

    private static bool IsFormatCode(string code) => code.StartsWith("FORMAT_", StringComparison.Ordinal);
}
