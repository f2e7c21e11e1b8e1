using System.Text.Json.Serialization;

namespace MtdIncomeTax.Emulator.Api;

/// <summary>The body of an HMRC API error.</summary>
internal sealed record ApiErrorResponse(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);
