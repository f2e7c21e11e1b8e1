using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Hmrc.Api;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace MtdIncomeTax.IntegrationTests.Resilience;

/// <summary>The application-wide rate limiter in front of a WireMock HMRC over real HTTP.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private const string ListPath = "/individuals/business/details/AA123456A/list";

    private readonly WireMockServer _hmrc = WireMockServer.Start();
    private readonly Nino _nino = Nino.TryParse("AA123456A", out var nino) ? nino : throw new InvalidOperationException();

    public Task InitializeAsync()
    {
        _hmrc.Given(Request.Create().WithPath(ListPath).UsingGet())
            .RespondWith(Response.Create()
                .WithStatusCode(200)
                .WithHeader("Content-Type", "application/json")
                .WithBodyAsJson(new { listOfBusinesses = new[] { new { typeOfBusiness = "uk-property", businessId = "XPIS12345678902" } } }));
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Queue_wait_excluded_from_time_out()
    {
        // One request a second and one second per send: the fourth waits three seconds to be sent.
        await using var host = new PipelineHost(_hmrc.Url!, new Dictionary<string, string?>
        {
            ["Hmrc:RateLimit:RequestsPerSecond"] = "1",
            ["Hmrc:ApiRequestTimeout"] = "00:00:01",
        });

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            host.BusinessDetails.ListAllBusinessesAsync(host.ConnectionId, _nino, CancellationToken.None)));

        Assert.All(results, result => Assert.True(result.Succeeded, result.Error?.Code));
        var sent = host.SendTimes;
        Assert.Equal(4, _hmrc.LogEntries.Count);
        Assert.Equal(4, sent.Count);
        Assert.All(sent.Zip(sent.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromSeconds(1), $"{pair.First} then {pair.Second}"));
        Assert.Empty(host.Logs.OfEvent(1200));
        Assert.NotEmpty(host.Logs.OfEvent(1202));
    }

    [Fact]
    public async Task Too_long_wait_is_not_sent()
    {
        await using var host = new PipelineHost(_hmrc.Url!, new Dictionary<string, string?>
        {
            ["Hmrc:RateLimit:RequestsPerSecond"] = "1",
            ["Hmrc:RateLimit:MaxQueueWait"] = "00:00:00.500",
        });

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            host.BusinessDetails.ListAllBusinessesAsync(host.ConnectionId, _nino, CancellationToken.None)));

        Assert.Single(results, result => result.Succeeded);
        var rejected = Assert.Single(results, result => !result.Succeeded);
        Assert.Equal(HmrcApiError.Unavailable, rejected.Error!.Code);
        Assert.Contains("more than the maximum of 0.5 s", rejected.Error.Message, StringComparison.Ordinal);
        Assert.Single(_hmrc.LogEntries);
        Assert.Single(host.Logs.OfEvent(1203));
    }

    [Fact]
    public async Task Clients_share_one_limit()
    {
        await using var host = new PipelineHost(_hmrc.Url!, new Dictionary<string, string?> { ["Hmrc:RateLimit:RequestsPerSecond"] = "2" });
        var writes = Enumerable.Range(0, 2).Select(_ =>
        {
            var request = host.Write(HttpMethod.Put, "individuals/business/self-employment/AA123456A/XAIS12345678901/cumulative/2025-26", "/write");
            return host.WriteClient.SendAsync(request);
        });
        var reads = Enumerable.Range(0, 2).Select(_ =>
            host.BusinessDetails.ListAllBusinessesAsync(host.ConnectionId, _nino, CancellationToken.None));

        await Task.WhenAll(writes.Cast<Task>().Concat(reads));

        var sent = host.SendTimes;
        Assert.Equal(4, _hmrc.LogEntries.Count);
        Assert.Equal(4, sent.Count);
        Assert.True(sent[2] - sent[0] >= TimeSpan.FromSeconds(1), string.Join(", ", sent));
        Assert.True(sent[3] - sent[1] >= TimeSpan.FromSeconds(1), string.Join(", ", sent));
    }

    public Task DisposeAsync()
    {
        _hmrc.Stop();
        _hmrc.Dispose();
        return Task.CompletedTask;
    }
}
