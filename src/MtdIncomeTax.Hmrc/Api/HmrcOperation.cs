using System.Net;

namespace MtdIncomeTax.Hmrc.Api;

/// <summary>
/// One documented endpoint of an HMRC API: its method, its path template as the spec writes it
/// (logged instead of the real path, which carries a NINO), and the success status it documents.
/// </summary>
internal sealed record HmrcOperation(HttpMethod Method, string Endpoint, HttpStatusCode SuccessStatus)
{
    /// <summary>
    /// True when 404 MATCHING_RESOURCE_NOT_FOUND means "nothing stored yet", as it does for every read
    /// (a calculation still running, a summary not yet sent). On a write it means a wrong route or ID.
    /// </summary>
    public bool NotFoundIsExpected { get; init; }

    /// <summary>
    /// Writes change state at HMRC, so an ambiguous failure is reported as OUTCOME_UNKNOWN, never
    /// replayed. True for every method but GET and HEAD unless set, as it is for a POST that only
    /// reads, such as the Agent Authorisation API's relationship check.
    /// </summary>
    public bool IsWrite { get; init; } = Method != HttpMethod.Get && Method != HttpMethod.Head;

    /// <summary>
    /// API version sent in the Accept header for this endpoint alone, in place of
    /// Hmrc:Apis:{Name}:Version, or null for the configured version. For endpoints that exist in
    /// one version only.
    /// </summary>
    public string? Version { get; init; }

    /// <summary>
    /// True when the spec requires Content-Type: application/json on a request without a body, as
    /// the Agent Authorisation API's DELETE does. The request then goes with an empty JSON body.
    /// </summary>
    public bool ContentTypeWithoutBody { get; init; }

    /// <summary>
    /// An error code that is an ordinary result of this endpoint, such as RELATIONSHIP_NOT_FOUND on a
    /// relationship check. HmrcApiCall does not log it as a failure, and the client logs it instead.
    /// </summary>
    public string? ExpectedErrorCode { get; init; }

    public static HmrcOperation Get(string endpoint) =>
        new(HttpMethod.Get, endpoint, HttpStatusCode.OK) { NotFoundIsExpected = true };

    public static HmrcOperation Put(string endpoint, HttpStatusCode successStatus) => new(HttpMethod.Put, endpoint, successStatus);

    public static HmrcOperation Post(string endpoint, HttpStatusCode successStatus) => new(HttpMethod.Post, endpoint, successStatus);

    public static HmrcOperation Delete(string endpoint) => new(HttpMethod.Delete, endpoint, HttpStatusCode.NoContent);
}
