using System.Net;
using System.Text.Json;

namespace MtdIncomeTax.Hmrc.Api;

/// <summary>
/// Reads HMRC's error bodies: {"code","message"} with optional "errors" of the same shape, and
/// "paths" (ITSA APIs) or "path" (the platform's generic form) on each entry.
/// </summary>
internal static class HmrcErrorReader
{
    public static async Task<HmrcApiError> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var correlationId = CorrelationIdOf(response);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return WithoutJsonBody(response, correlationId);
            }

            var code = StringOf(root, "code") ?? StringOf(root, "error") ?? "UNKNOWN";
            var message = StringOf(root, "message") ?? StringOf(root, "error_description") ?? "";
            var errors = root.TryGetProperty("errors", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(DetailOf).ToList()
                : [];

            return new HmrcApiError(response.StatusCode, code, message, errors, correlationId)
            {
                Paths = PathsOf(root),
                Location = response.Headers.Location?.OriginalString,
            };
        }
        catch (JsonException)
        {
            return WithoutJsonBody(response, correlationId);
        }
    }

    public static string? CorrelationIdOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues(HmrcDefaults.CorrelationIdHeader, out var values) ? values.FirstOrDefault() : null;

    public static HmrcApiError Unavailable(string message) =>
        new((HttpStatusCode)0, HmrcApiError.Unavailable, message, [], null);

    private static HmrcApiError WithoutJsonBody(HttpResponseMessage response, string? correlationId) =>
        new(response.StatusCode, "UNKNOWN", $"HTTP {(int)response.StatusCode} without a JSON error body", [], correlationId)
        {
            Location = response.Headers.Location?.OriginalString,
        };

    private static HmrcApiErrorDetail DetailOf(JsonElement element) =>
        new(StringOf(element, "code") ?? "UNKNOWN", StringOf(element, "message") ?? "", PathsOf(element));

    private static List<string> PathsOf(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty("paths", out var many)
        && many.ValueKind == JsonValueKind.Array
            ? many.EnumerateArray().Where(path => path.ValueKind == JsonValueKind.String).Select(path => path.GetString()!).ToList()
            : StringOf(element, "path") is { } single ? [single] : [];

    private static string? StringOf(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
