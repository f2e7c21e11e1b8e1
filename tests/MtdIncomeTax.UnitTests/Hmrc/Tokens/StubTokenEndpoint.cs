using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace MtdIncomeTax.UnitTests.Hmrc.Tokens;

/// <summary>HMRC's token endpoint as an HTTP handler: returns queued responses, then a default one.</summary>
public sealed class StubTokenEndpoint : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpResponseMessage>> _answers = new();
    private int _requests;

    public int Requests => _requests;

    public TimeSpan Latency { get; set; }

    public Func<HttpResponseMessage> Default { get; set; } = () => Tokens("access-new", "refresh-new");

    public void ThenAnswer(Func<HttpResponseMessage> answer) => _answers.Enqueue(answer);

    public static HttpResponseMessage Tokens(string accessToken, string? refreshToken) =>
        Json(HttpStatusCode.OK, refreshToken is null
            ? $$"""{"access_token":"{{accessToken}}","token_type":"bearer","expires_in":14400}"""
            : $$"""{"access_token":"{{accessToken}}","token_type":"bearer","expires_in":14400,"refresh_token":"{{refreshToken}}"}""");

    public static HttpResponseMessage Error(HttpStatusCode status, string error) =>
        Json(status, $$"""{"error":"{{error}}","error_description":"stub"}""");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency, cancellationToken);
        }

        return _answers.TryDequeue(out var answer) ? answer() : Default();
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
