using System.Net;
using System.Text.Json;

namespace MtdIncomeTax.Emulator.Tests;

/// <summary>Reads and checks Income Tax API responses.</summary>
public static class ApiResponse
{
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();

        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Asserts the status and error code, that the message is not empty, and that a correlation id came back.</summary>
    public static async Task<JsonElement> AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await ReadAsync(response);

        Assert.True(status == response.StatusCode, $"expected {(int)status} {code}, got {(int)response.StatusCode} {body}");
        Assert.Equal(code, body.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("message").GetString()));
        AssertCorrelationId(response);

        return body;
    }

    public static async Task<JsonElement> AssertSuccessAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await ReadAsync(response);

        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode} {body}");
        AssertCorrelationId(response);

        return body;
    }

    public static void AssertCorrelationId(HttpResponseMessage response)
    {
        var correlationId = Assert.Single(response.Headers.GetValues("X-CorrelationId"));
        Assert.True(Guid.TryParse(correlationId, out _), $"X-CorrelationId {correlationId} is not a UUID");
    }
}
