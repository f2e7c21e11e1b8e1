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

    /// <summary>Code used when HMRC could not be reached or did not respond in time.</summary>
    public const string Unavailable = "HMRC_UNAVAILABLE";

    /// <summary>Code used for a write whose result is unknown (preview of the clients branch).</summary>
    public const string OutcomeUnknown = "OUTCOME_UNKNOWN";

    public IReadOnlyList<string> Paths { get; init; } = [];

    public bool HasCode(string code) =>
        Code == code || Errors.Any(error => error.Code == code);
}
