using System.Net;
using System.Net.Sockets;
using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Hmrc.Api;
using MtdIncomeTax.Hmrc.Api.BusinessDetails;
using MtdIncomeTax.Hmrc.Http;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace MtdIncomeTax.IntegrationTests.Resilience;

/// <summary>
/// Retries of HMRC calls against a WireMock HMRC over real HTTP: reads retry transient failures a
/// bounded number of times, and writes are never sent twice unless HMRC certainly did not process them.
/// </summary>
public sealed class RetryTests : IAsyncLifetime
{
    private const string ListPath = "/individuals/business/details/AA123456A/list";
    private const string WritePath = "individuals/business/self-employment/AA123456A/XAIS12345678901/cumulative/2025-26";
    private const string WriteEndpoint = "/individuals/business/self-employment/{nino}/{businessId}/cumulative/{taxYear}";
    private const string CorrelationId = "5f0d8a51-77a2-4c1e-9d35-2b8e0c6f4a19";

    // Two retries after the first attempt (PipelineHost sets Hmrc:Retry:MaxRetryAttempts).
    private const int AttemptsAllowed = 3;

    private readonly WireMockServer _hmrc = WireMockServer.Start();
    private readonly Nino _nino = Nino.TryParse("AA123456A", out var nino) ? nino : throw new InvalidOperationException();
    private PipelineHost _host = null!;

    public Task InitializeAsync()
    {
        _host = new PipelineHost(_hmrc.Url!);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Throttled_read_waits_a_second()
    {
        StubList(Throttled(), whenState: null, thenState: "throttled once");
        StubList(Businesses(), whenState: "throttled once");

        var result = await ListAsync();

        Assert.True(result.Succeeded, result.Error?.Code);
        Assert.Equal(2, Requests(ListPath).Count);
        var sent = _host.SendTimes;
        Assert.True(sent[1] - sent[0] >= Waited(TimeSpan.FromSeconds(1)), $"retried after {sent[1] - sent[0]}");
        var throttled = Assert.Single(_host.Logs.OfEvent(1201));
        Assert.Equal("/individuals/business/details/{nino}/list", throttled.Properties["Endpoint"]);
        Assert.Equal(CorrelationId, throttled.Properties["CorrelationId"]);
        var retry = Assert.Single(_host.Logs.OfEvent(1200));
        Assert.Equal("429 MESSAGE_THROTTLED_OUT", retry.Properties["Failure"]);
        Assert.Equal(CorrelationId, retry.Properties["CorrelationId"]);
        Assert.False(_host.Logs.Contain("AA123456A"));
    }

    [Fact]
    public async Task Always_throttled_read_fails_after_retries()
    {
        StubList(Throttled());

        var result = await ListAsync();

        Assert.False(result.Succeeded);
        Assert.Equal(HttpStatusCode.TooManyRequests, result.Error.StatusCode);
        Assert.Equal("MESSAGE_THROTTLED_OUT", result.Error.Code);
        Assert.Equal(AttemptsAllowed, Requests(ListPath).Count);
        var sent = _host.SendTimes;
        Assert.True(sent[1] - sent[0] >= Waited(TimeSpan.FromSeconds(1)), $"first retry after {sent[1] - sent[0]}");
        Assert.True(sent[2] - sent[1] >= Waited(TimeSpan.FromSeconds(2)), $"second retry after {sent[2] - sent[1]}");
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Read_5xx_is_retried_then_fails(int status)
    {
        StubList(ServerError(status));

        var result = await ListAsync();

        Assert.False(result.Succeeded);
        Assert.Equal((HttpStatusCode)status, result.Error.StatusCode);
        Assert.Equal(AttemptsAllowed, Requests(ListPath).Count);
        Assert.Equal(AttemptsAllowed - 1, _host.Logs.OfEvent(1200).Count);
    }

    [Fact]
    public async Task Read_recovers_when_HMRC_does()
    {
        StubList(ServerError(503), whenState: null, thenState: "failed once");
        StubList(Businesses(), whenState: "failed once");

        var result = await ListAsync();

        Assert.True(result.Succeeded, result.Error?.Code);
        Assert.Equal(2, result.Value.ListOfBusinesses.Count);
        Assert.Equal(2, Requests(ListPath).Count);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Write_5xx_is_sent_once(int status)
    {
        _hmrc.Given(Request.Create().WithPath("/" + WritePath).UsingPut()).RespondWith(ServerError(status));
        using var request = _host.Write(HttpMethod.Put, WritePath, WriteEndpoint);

        using var response = await _host.WriteClient.SendAsync(request);

        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.Single(await SettledRequestsAsync("/" + WritePath, expected: 1));
        Assert.True(RateLimitingHandler.MayHaveBeenProcessed(request));
    }

    [Fact]
    public async Task Throttled_write_is_sent_again()
    {
        _hmrc.Given(Request.Create().WithPath("/" + WritePath).UsingPut())
            .InScenario("write").WillSetStateTo("throttled once").RespondWith(Throttled());
        _hmrc.Given(Request.Create().WithPath("/" + WritePath).UsingPut())
            .InScenario("write").WhenStateIs("throttled once").RespondWith(Response.Create().WithStatusCode(204));
        using var request = _host.Write(HttpMethod.Put, WritePath, WriteEndpoint);

        using var response = await _host.WriteClient.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var requests = Requests("/" + WritePath);
        Assert.Equal(2, requests.Count);
        Assert.Equal(requests[0].RequestMessage.Body, requests[1].RequestMessage.Body);
        var sent = _host.SendTimes;
        Assert.True(sent[1] - sent[0] >= Waited(TimeSpan.FromSeconds(1)), $"sent again after {sent[1] - sent[0]}");
    }

    [Fact]
    public async Task Dropped_read_is_retried()
    {
        StubList(Businesses());
        await using var proxy = new DroppingProxy(new Uri(_hmrc.Url!));
        await using var host = new PipelineHost(proxy.Address);

        var result = await host.BusinessDetails.ListAllBusinessesAsync(host.ConnectionId, _nino, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(HmrcApiError.Unavailable, result.Error.Code);
        Assert.Equal(AttemptsAllowed, host.Logs.OfEvent(1011).Count);
        Assert.Equal(AttemptsAllowed - 1, host.Logs.OfEvent(1200).Count);

        // SocketsHttpHandler itself sends a request again on a new connection, up to 3 more times,
        // when its connection ends before any response and no body was sent, so each attempt reaches
        // HMRC 1 to 4 times.
        Assert.InRange((await SettledRequestsAsync(ListPath, AttemptsAllowed)).Count, AttemptsAllowed, 4 * AttemptsAllowed);
        Assert.False(host.Logs.Contain("AA123456A"));
    }

    [Fact]
    public async Task Dropped_write_is_sent_once()
    {
        _hmrc.Given(Request.Create().WithPath("/" + WritePath).UsingPut()).RespondWith(Response.Create().WithStatusCode(204));
        await using var proxy = new DroppingProxy(new Uri(_hmrc.Url!));
        await using var host = new PipelineHost(proxy.Address);
        using var request = host.Write(HttpMethod.Put, WritePath, WriteEndpoint);

        var failure = await Assert.ThrowsAsync<HttpRequestException>(() => host.WriteClient.SendAsync(request));

        Assert.False(HmrcResilience.IsRefusedBeforeSending(failure));
        Assert.Single(await SettledRequestsAsync("/" + WritePath, expected: 1));
        Assert.True(RateLimitingHandler.MayHaveBeenProcessed(request));
        Assert.Empty(host.Logs.OfEvent(1200));
    }

    [Fact]
    public async Task Dropped_bodiless_write_is_sent_once()
    {
        const string triggerPath = "individuals/calc/AA123456A/2025-26/trigger/in-year";
        _hmrc.Given(Request.Create().WithPath("/" + triggerPath).UsingPost()).RespondWith(Response.Create().WithStatusCode(202));
        await using var proxy = new DroppingProxy(new Uri(_hmrc.Url!));
        await using var host = new PipelineHost(proxy.Address);
        using var request = host.Write(HttpMethod.Post, triggerPath, "/individuals/calc/{nino}/{taxYear}/trigger/{calculationType}");
        request.Content = null;

        await Assert.ThrowsAsync<HttpRequestException>(() => host.WriteClient.SendAsync(request));

        Assert.Single(await SettledRequestsAsync("/" + triggerPath, expected: 1));
    }

    [Fact]
    public async Task Refused_write_is_retried()
    {
        await using var host = new PipelineHost($"http://127.0.0.1:{ClosedPort()}");
        using var request = host.Write(HttpMethod.Put, WritePath, WriteEndpoint);

        var failure = await Assert.ThrowsAsync<HttpRequestException>(() => host.WriteClient.SendAsync(request));

        Assert.True(HmrcResilience.IsRefusedBeforeSending(failure));
        Assert.Equal(AttemptsAllowed - 1, host.Logs.OfEvent(1200).Count);
        Assert.Equal(AttemptsAllowed, host.Logs.OfEvent(1011).Count);
        Assert.False(RateLimitingHandler.MayHaveBeenProcessed(request));
    }

    [Fact]
    public async Task Slow_read_is_retried()
    {
        await using var host = new PipelineHost(_hmrc.Url!, new Dictionary<string, string?> { ["Hmrc:ApiRequestTimeout"] = "00:00:01" });
        StubList(Businesses().WithDelay(TimeSpan.FromSeconds(2)), whenState: null, thenState: "slow once");
        StubList(Businesses(), whenState: "slow once");

        var result = await host.BusinessDetails.ListAllBusinessesAsync(host.ConnectionId, _nino, CancellationToken.None);

        // WireMock moves the scenario on only once the slow response is sent, so a retry that comes
        // earlier may be slow too, and a third attempt succeeds.
        Assert.True(result.Succeeded, result.Error?.Code);
        Assert.InRange((await SettledRequestsAsync(ListPath, expected: 2)).Count, 2, AttemptsAllowed);
        var retries = host.Logs.OfEvent(1200);
        Assert.NotEmpty(retries);
        Assert.All(retries, retry => Assert.Contains("no response within 00:00:01", retry.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Slow_write_is_sent_once()
    {
        await using var host = new PipelineHost(_hmrc.Url!, new Dictionary<string, string?> { ["Hmrc:ApiRequestTimeout"] = "00:00:01" });
        _hmrc.Given(Request.Create().WithPath("/" + WritePath).UsingPut())
            .RespondWith(Response.Create().WithStatusCode(204).WithDelay(TimeSpan.FromSeconds(2)));
        using var request = host.Write(HttpMethod.Put, WritePath, WriteEndpoint);

        var failure = await Assert.ThrowsAsync<TaskCanceledException>(() => host.WriteClient.SendAsync(request));

        Assert.IsType<TimeoutException>(failure.InnerException);
        Assert.Single(await SettledRequestsAsync("/" + WritePath, expected: 1));
        Assert.True(RateLimitingHandler.MayHaveBeenProcessed(request));
    }

    [Fact]
    public async Task Malformed_JSON_is_not_retried()
    {
        StubList(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"listOfBusinesses":[{"""));

        var result = await ListAsync();

        Assert.False(result.Succeeded);
        Assert.Equal(HmrcApiError.InvalidResponse, result.Error.Code);
        Assert.Single(Requests(ListPath));
        Assert.Empty(_host.Logs.OfEvent(1200));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _hmrc.Stop();
        _hmrc.Dispose();
    }

    private Task<HmrcApiResult<BusinessList>> ListAsync() =>
        _host.BusinessDetails.ListAllBusinessesAsync(_host.ConnectionId, _nino, CancellationToken.None);

    private void StubList(IResponseBuilder response, string? whenState = null, string? thenState = null)
    {
        var request = _hmrc.Given(Request.Create().WithPath(ListPath).UsingGet());
        if (whenState is null && thenState is null)
        {
            request.RespondWith(response);
            return;
        }

        var scenario = request.InScenario("list");
        var step = whenState is null ? scenario : scenario.WhenStateIs(whenState);
        (thenState is null ? step : step.WillSetStateTo(thenState)).RespondWith(response);
    }

    private List<ILogEntry> Requests(string path) => StubRequests.To(_hmrc, path);

    private Task<List<ILogEntry>> SettledRequestsAsync(string path, int expected) => StubRequests.SettledAsync(_hmrc, path, expected);

    /// <summary>
    /// Returns the least gap a retry delay can leave between two sends: timers can end a delay a few
    /// milliseconds early, as measured by Stopwatch.
    /// </summary>
    private static TimeSpan Waited(TimeSpan delay) => delay - TimeSpan.FromMilliseconds(20);

    private static IResponseBuilder Throttled() =>
        Response.Create()
            .WithStatusCode(429)
            .WithHeader("Content-Type", "application/json")
            .WithHeader("X-CorrelationId", CorrelationId)
            .WithBodyAsJson(new { code = "MESSAGE_THROTTLED_OUT", message = "The request for the API is throttled as you have exceeded your quota." });

    private static IResponseBuilder ServerError(int status) =>
        Response.Create()
            .WithStatusCode(status)
            .WithHeader("Content-Type", "application/json")
            .WithHeader("X-CorrelationId", CorrelationId)
            .WithBodyAsJson(new { code = "SERVER_ERROR", message = "Service unavailable" });

    private static IResponseBuilder Businesses() =>
        Response.Create()
            .WithStatusCode(200)
            .WithHeader("Content-Type", "application/json")
            .WithHeader("X-CorrelationId", CorrelationId)
            .WithBodyAsJson(new
            {
                listOfBusinesses = new object[]
                {
                    new { typeOfBusiness = "self-employment", businessId = "XAIS12345678901", tradingName = "Sam's Plastering" },
                    new { typeOfBusiness = "uk-property", businessId = "XPIS12345678902" },
                },
            });

    /// <summary>A loopback port with nothing listening, so a connection to it is refused.</summary>
    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
