using System.Text.Json.Serialization;

namespace MtdIncomeTax.Emulator.Api;

/// <summary>
/// The body of an HMRC API error. Paths appear only for body fields; Errors only on the
/// INVALID_REQUEST wrapper of several errors.
/// </summary>
internal sealed record ApiErrorResponse(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("paths"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    IReadOnlyList<string>? Paths = null,
    [property: JsonPropertyName("errors"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    IReadOnlyList<ApiErrorResponse>? Errors = null);
