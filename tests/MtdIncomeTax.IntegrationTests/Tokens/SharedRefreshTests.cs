using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MtdIncomeTax.Data;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Hmrc.Api;
using MtdIncomeTax.Hmrc.Api.BusinessDetails;
using MtdIncomeTax.IntegrationTests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace MtdIncomeTax.IntegrationTests.Tokens;

/// <summary>Three app instances on one SQLite database and one HMRC stub, as behind a load balancer.</summary>
public sealed class SharedRefreshTests : IAsyncLifetime
{
    private const string Nino = "AA123456A";
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"mtdincometax-shared-{Guid.NewGuid():N}.db");
    private readonly WireMockServer _hmrc = WireMockServer.Start();
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly List<AppFactory> _hosts = [];
    private Guid _connectionId;

    public async Task InitializeAsync()
    {
        // The first host creates the database and the Data Protection key before the others start.
        _hosts.Add(new AppFactory(_databasePath, _hmrc, _time) { InstanceName = "host-1" });
        _hmrc.TokenEndpointIssues("access-initial-0001", "refresh-initial-0001");
        using var client = _hosts[0].CreateClientFor("shared-user");
        var (_, query) = await LinkJourney.StartAsync(client, Nino);
        var callback = await LinkJourney.CallbackAsync(client, $"code=code-1&state={query["state"]}");
        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);

        await using var scope = _hosts[0].Services.CreateAsyncScope();
        _connectionId = await scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>()
            .HmrcConnections.Select(connection => connection.Id).SingleAsync();

        _hosts.Add(new AppFactory(_databasePath, _hmrc, _time) { InstanceName = "host-2" });
        _hosts.Add(new AppFactory(_databasePath, _hmrc, _time) { InstanceName = "host-3" });
        foreach (var host in _hosts)
        {
            _ = host.Services;
        }

        _hmrc.Reset();
        StubBusinessDetails();
    }

    [Fact]
    public async Task Expired_token_is_refreshed_once_for_300_calls()
    {
        StubRefresh();
        _time.Advance(TimeSpan.FromHours(4) + TimeSpan.FromSeconds(1));

        var results = await CallConcurrentlyAsync(300);

        Assert.All(results, result => Assert.True(result.Succeeded, result.Error?.Code));
        var refreshes = _hmrc.TokenRequests();
        Assert.Single(refreshes);
        Assert.Equal("refresh-initial-0001", HmrcStubs.FormOf(refreshes[0])["refresh_token"]);
        Assert.Equal(300, BusinessCallsWith("access-refreshed-0002"));
        Assert.Equal(0, BusinessCallsWith("access-initial-0001"));
    }

    [Fact]
    public async Task Failed_first_refresh_loses_no_grant()
    {
        _hmrc.Given(Request.Create().WithPath("/oauth/token").UsingPost())
            .InScenario("refresh").WillSetStateTo("failed once")
            .RespondWith(Response.Create().WithStatusCode(503).WithDelay(TimeSpan.FromMilliseconds(100))
                .WithBodyAsJson(new { error = "server_error", error_description = "unavailable" }));
        StubRefresh(whenState: "failed once");
        _time.Advance(TimeSpan.FromHours(4) + TimeSpan.FromSeconds(1));

        var failed = await CallConcurrentlyAsync(60);
        var connectionAfterFailure = await ConnectionAsync();
        _time.Advance(TimeSpan.FromSeconds(6));
        var next = await CallConcurrentlyAsync(30);

        Assert.All(failed, result => Assert.Equal(HmrcApiError.Unavailable, result.Error?.Code));
        Assert.Equal(ConnectionStatus.Active, connectionAfterFailure.Status);
        Assert.Equal(1, connectionAfterFailure.RefreshFailureCount);
        Assert.All(next, result => Assert.True(result.Succeeded, result.Error?.Code));
        var refreshes = _hmrc.TokenRequests();
        Assert.Equal(2, refreshes.Count);
        Assert.All(refreshes, request => Assert.Equal("refresh-initial-0001", HmrcStubs.FormOf(request)["refresh_token"]));
        var connection = await ConnectionAsync();
        Assert.Equal(0, connection.RefreshFailureCount);
        Assert.Equal("Refreshed", connection.LastRefreshOutcome);
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        _hmrc.Stop();
        _hmrc.Dispose();
        AppFactory.DeleteDatabase(_databasePath);
    }

    private async Task<HmrcApiResult<BusinessList>[]> CallConcurrentlyAsync(int count)
    {
        Assert.True(global::MtdIncomeTax.Hmrc.Nino.TryParse(Nino, out var nino));
        var calls = Enumerable.Range(0, count).Select(index => Task.Run(async () =>
        {
            await using var scope = _hosts[index % _hosts.Count].Services.CreateAsyncScope();
            var client = scope.ServiceProvider.GetRequiredService<BusinessDetailsClient>();
            return await client.ListAllBusinessesAsync(_connectionId, nino, CancellationToken.None);
        }));
        return await Task.WhenAll(calls);
    }

    private async Task<HmrcConnection> ConnectionAsync()
    {
        await using var scope = _hosts[0].Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>()
            .HmrcConnections.AsNoTracking().SingleAsync();
    }

    private void StubRefresh(string? whenState = null)
    {
        var request = _hmrc.Given(Request.Create().WithPath("/oauth/token").UsingPost());
        var response = Response.Create()
            .WithStatusCode(200)
            .WithDelay(TimeSpan.FromMilliseconds(200))
            .WithHeader("Content-Type", "application/json")
            .WithBodyAsJson(new
            {
                access_token = "access-refreshed-0002",
                token_type = "bearer",
                expires_in = 14400,
                refresh_token = "refresh-refreshed-0002",
            });

        if (whenState is null)
        {
            request.RespondWith(response);
        }
        else
        {
            request.InScenario("refresh").WhenStateIs(whenState).RespondWith(response);
        }
    }

    private void StubBusinessDetails()
    {
        _hmrc.BusinessesListed(Nino, "access-refreshed-0002");
        _hmrc.Given(Request.Create().WithPath($"/individuals/business/details/{Nino}/list").UsingGet())
            .AtPriority(100)
            .RespondWith(Response.Create().WithStatusCode(401)
                .WithBodyAsJson(new { code = "INVALID_CREDENTIALS", message = "Invalid Authentication information provided" }));
    }

    private int BusinessCallsWith(string accessToken) =>
        _hmrc.LogEntries.Count(entry =>
            entry.RequestMessage.Path.EndsWith("/list", StringComparison.Ordinal)
            && entry.RequestMessage.Headers?["Authorization"].Contains($"Bearer {accessToken}") == true);
}
