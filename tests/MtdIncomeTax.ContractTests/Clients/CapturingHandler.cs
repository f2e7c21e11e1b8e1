using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace MtdIncomeTax.ContractTests.Clients;

/// <summary>
/// Stands in for HMRC at the bottom of the handler chain: keeps each request as sent and returns
/// 204, or a token for the application's client-credentials request.
/// </summary>
public sealed class CapturingHandler : HttpMessageHandler
{
    public const string ApplicationAccessToken = "contract-test-application-token";

    private readonly ConcurrentQueue<CapturedRequest> _requests = new();

    public IReadOnlyList<CapturedRequest> Requests => [.. _requests];

    /// <summary>The API requests, leaving out the token endpoint.</summary>
    public IReadOnlyList<CapturedRequest> ApiRequests => [.. _requests.Where(request => request.Uri.AbsolutePath != "/oauth/token")];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);

        // Content-Length appears among the headers only once read, as SocketsHttpHandler does before sending.
        _ = request.Content?.Headers.ContentLength;
        var headers = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .ToDictionary(header => header.Key, header => string.Join(", ", header.Value), StringComparer.OrdinalIgnoreCase);
        _requests.Enqueue(new CapturedRequest(request.Method.Method, request.RequestUri!, headers, body));

        if (request.RequestUri!.AbsolutePath == "/oauth/token")
        {
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(
                    $$"""{"access_token":"{{ApplicationAccessToken}}","token_type":"bearer","expires_in":14400}""",
                    Encoding.UTF8,
                    new MediaTypeHeaderValue("application/json")),
            };
        }

        return new HttpResponseMessage(HttpStatusCode.NoContent);
    }
}
