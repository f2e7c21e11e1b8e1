using System.Text.Json.Serialization;

namespace MtdIncomeTax.Emulator.OAuth;

/// <summary>The RFC 6749 error body: {"error", "error_description"}.</summary>
internal sealed record OAuthErrorResponse(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("error_description")] string ErrorDescription);
