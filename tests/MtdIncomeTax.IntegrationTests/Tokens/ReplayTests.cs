using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MtdIncomeTax.Data;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.IntegrationTests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace MtdIncomeTax.IntegrationTests.Tokens;

/// <summary>HMRC's 401 INVALID_CREDENTIALS gets one refresh and one replay, never more.</summary>
public sealed class ReplayTests(AppFactory app) : IClassFixture<AppFactory>, IDisposable
{
    private const string Nino = "AA123456A";
    private readonly string _user = "user-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Rejected_token_is_refreshed_and_replayed()
    {
        using var client = await LinkAsync();
        RejectAllTokens(code: "INVALID_CREDENTIALS");
        app.Hmrc.BusinessesListed(Nino, "access-refreshed-0002");
        StubRefresh();

        var page = await client.GetStringAsync("/dashboard");

        Assert.Contains("Sam&#x27;s Plastering", page);
        Assert.Single(app.Hmrc.TokenRequests());
        Assert.Equal(2, BusinessCalls());
        var connection = await ConnectionAsync();
        Assert.Equal(ConnectionStatus.Active, connection.Status);
        Assert.Equal("Refreshed", connection.LastRefreshOutcome);
    }

    [Fact]
    public async Task Second_rejection_ends_the_grant()
    {
        using var client = await LinkAsync();
        RejectAllTokens(code: "INVALID_CREDENTIALS");
        StubRefresh();

        var page = await client.GetStringAsync("/dashboard");

        Assert.Equal(2, BusinessCalls());
        Assert.Single(app.Hmrc.TokenRequests());
        Assert.Equal(ConnectionStatus.NeedsReauthorisation, (await ConnectionAsync()).Status);
        Assert.DoesNotContain("Sam&#x27;s Plastering", page);
    }

    [Fact]
    public async Task Other_401_codes_are_not_retried()
    {
        using var client = await LinkAsync();
        RejectAllTokens(code: "INCORRECT_ACCESS_TOKEN_TYPE");
        StubRefresh();

        await client.GetStringAsync("/dashboard");

        Assert.Equal(1, BusinessCalls());
        Assert.Empty(app.Hmrc.TokenRequests());
        Assert.Equal(ConnectionStatus.Active, (await ConnectionAsync()).Status);
    }

    [Fact]
    public async Task Ended_grant_sends_no_API_call()
    {
        using var client = await LinkAsync();
        app.Hmrc.TokenEndpointFails(400, "invalid_grant");
        app.Hmrc.BusinessesListed(Nino);
        app.Time.Advance(TimeSpan.FromHours(5));

        await client.GetStringAsync("/dashboard");
        await client.GetStringAsync("/dashboard");

        Assert.Equal(0, BusinessCalls());
        Assert.Single(app.Hmrc.TokenRequests());
        Assert.Equal(ConnectionStatus.NeedsReauthorisation, (await ConnectionAsync()).Status);
    }

    public void Dispose() => app.Hmrc.Reset();

    private async Task<HttpClient> LinkAsync()
    {
        app.Hmrc.TokenEndpointIssues("access-initial-0001", "refresh-initial-0001");
        var client = app.CreateClientFor(_user);
        var (_, query) = await LinkJourney.StartAsync(client, Nino);
        var callback = await LinkJourney.CallbackAsync(client, $"code=code-1&state={query["state"]}");
        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        app.Hmrc.Reset();
        return client;
    }

    private void RejectAllTokens(string code) =>
        app.Hmrc.Given(Request.Create().WithPath($"/individuals/business/details/{Nino}/list").UsingGet())
            .AtPriority(100)
            .RespondWith(Response.Create().WithStatusCode(401).WithBodyAsJson(new { code, message = "rejected by the stub" }));

    private void StubRefresh() =>
        app.Hmrc.Given(Request.Create().WithPath("/oauth/token").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBodyAsJson(new { access_token = "access-refreshed-0002", token_type = "bearer", expires_in = 14400, refresh_token = "refresh-refreshed-0002" }));

    private int BusinessCalls() => app.Hmrc.LogEntries.Count(entry => entry.RequestMessage.Path.EndsWith("/list", StringComparison.Ordinal));

    private async Task<HmrcConnection> ConnectionAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>()
            .HmrcConnections.AsNoTracking().SingleAsync(connection => connection.Owner!.Subject == _user);
    }
}
