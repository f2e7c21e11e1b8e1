using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Time.Testing;
using MtdIncomeTax.Hmrc.Http;
using Polly;

namespace MtdIncomeTax.UnitTests.Hmrc.Http;

public sealed class HmrcRetryDecisionTests
{
    private static readonly HmrcRetryOptions Options = new();
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(501, false)]
    [InlineData(400, false)]
    [InlineData(404, false)]
    [InlineData(200, false)]
    public void Read_status_is_retried_when_transient(int status, bool retried) =>
        Assert.Equal(retried, HmrcResilience.ShouldRetry(Response(status), Request(HttpMethod.Get)));

    [Theory]
    [InlineData("PUT", 429, true)]
    [InlineData("POST", 429, true)]
    [InlineData("DELETE", 429, true)]
    [InlineData("PUT", 500, false)]
    [InlineData("POST", 502, false)]
    [InlineData("PUT", 503, false)]
    [InlineData("POST", 504, false)]
    public void Write_retried_only_when_throttled(string method, int status, bool retried) =>
        Assert.Equal(retried, HmrcResilience.ShouldRetry(Response(status), Request(new HttpMethod(method))));

    [Fact]
    public void Read_transport_failures_are_retried()
    {
        var read = Request(HttpMethod.Get);

        Assert.True(HmrcResilience.ShouldRetry(Failure(ConnectionLost()), read));
        Assert.True(HmrcResilience.ShouldRetry(Failure(ConnectionRefused()), read));
        Assert.True(HmrcResilience.ShouldRetry(Failure(SendTimedOut()), read));
    }

    [Fact]
    public void Write_retried_only_when_refused()
    {
        var write = Request(HttpMethod.Put);

        Assert.True(HmrcResilience.ShouldRetry(Failure(ConnectionRefused()), write));
        Assert.False(HmrcResilience.ShouldRetry(Failure(ConnectionLost()), write));
        Assert.False(HmrcResilience.ShouldRetry(Failure(SendTimedOut()), write));
    }

    [Fact]
    public void Other_failures_are_not_retried()
    {
        var read = Request(HttpMethod.Get);

        Assert.False(HmrcResilience.ShouldRetry(Failure(new HmrcRequestQueueFullException("queue full", null)), read));
        Assert.False(HmrcResilience.ShouldRetry(Failure(new AccessTokenUnavailableException(default, "no token")), read));
        Assert.False(HmrcResilience.ShouldRetry(Failure(new OperationCanceledException()), read));
    }

    [Fact]
    public void Unknown_request_counts_as_write() =>
        Assert.False(HmrcResilience.ShouldRetry(Response(503), request: null));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(5, 10)]
    public void Throttled_wait_doubles_to_maximum(int attemptNumber, int expectedSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), HmrcResilience.ThrottledDelay(Response(429), attemptNumber, Options, Time));

    [Fact]
    public void Longer_retry_after_wins()
    {
        var response = Response(429);
        response.Result!.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(7));

        Assert.Equal(TimeSpan.FromSeconds(7), HmrcResilience.ThrottledDelay(response, 0, Options, Time));
    }

    [Fact]
    public void Retry_after_date_uses_clock()
    {
        var response = Response(429);
        response.Result!.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(Time.GetUtcNow().AddSeconds(5));

        Assert.Equal(TimeSpan.FromSeconds(5), HmrcResilience.ThrottledDelay(response, 0, Options, Time));
    }

    [Fact]
    public void Short_retry_after_waits_a_second()
    {
        var response = Response(429);
        response.Result!.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromSeconds(1), HmrcResilience.ThrottledDelay(response, 0, Options, Time));
    }

    [Fact]
    public void Other_outcomes_use_default_backoff()
    {
        Assert.Null(HmrcResilience.ThrottledDelay(Response(503), 0, Options, Time));
        Assert.Null(HmrcResilience.ThrottledDelay(Failure(ConnectionLost()), 0, Options, Time));
    }

    private static HttpRequestMessage Request(HttpMethod method) => new(method, "https://hmrc.example.test/x");

    private static Outcome<HttpResponseMessage> Response(int status) =>
        Outcome.FromResult(new HttpResponseMessage((HttpStatusCode)status));

    private static Outcome<HttpResponseMessage> Failure(Exception exception) =>
        Outcome.FromException<HttpResponseMessage>(exception);

    /// <summary>
    /// Returns Polly 8's TimeoutRejectedException. WireMock.Net brings in Polly 7, which has a type
    /// of the same name, so the type is found through an assembly that only Polly 8 has.
    /// </summary>
    private static Exception SendTimedOut() =>
        (Exception)Activator.CreateInstance(
            typeof(ResiliencePipeline).Assembly.GetType("Polly.Timeout.TimeoutRejectedException", throwOnError: true)!)!;

    private static HttpRequestException ConnectionRefused() =>
        new(HttpRequestError.ConnectionError, "Connection refused", new SocketException((int)SocketError.ConnectionRefused));

    private static HttpRequestException ConnectionLost() =>
        new(HttpRequestError.ResponseEnded, "The response ended prematurely.");
}
