using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MtdIncomeTax.Data;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.IntegrationTests.Infrastructure;

namespace MtdIncomeTax.IntegrationTests.Dashboard;

public sealed class DashboardTests(AppFactory app) : IClassFixture<AppFactory>, IDisposable
{
    private readonly string _user = "user-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Unlinked_person_is_offered_the_connect_page()
    {
        using var client = app.CreateClientFor(_user);

        var page = await client.GetStringAsync("/dashboard");

        Assert.Contains("You have not connected MtdIncomeTax to HMRC yet", page);
        Assert.Contains("href=\"/connect\"", page);
    }

    [Fact]
    public async Task Linked_person_sees_grant_details()
    {
        using var client = await LinkAsync("AA123456A");
        app.Hmrc.BusinessesListed("AA123456A");

        var page = await client.GetStringAsync("/dashboard");

        Assert.Contains("Connected since", page);
        Assert.Contains("View your Self Assessment information", page);
        Assert.Contains("Change your Self Assessment information", page);
        Assert.Contains("Current access expires", page);
        Assert.Contains(Web.Display.Date(app.Time.GetUtcNow() + TimeSpan.FromDays(547)), page);
        Assert.Contains("AA 12 34 56 A", page);
    }

    [Fact]
    public async Task Foreign_NINO_offers_a_correction()
    {
        using var client = await LinkAsync("AB123456C");
        app.Hmrc.BusinessesForbidden("AB123456C");

        var page = await client.GetStringAsync("/dashboard");

        Assert.Contains("does not belong to the HMRC account you connected", page);
        Assert.Contains("action=\"/dashboard/nino\"", page);
        Assert.Contains("connect to HMRC again", page);
        Assert.Contains("agent services account", page);
        Assert.Contains(HmrcStubs.CorrelationId, page);
        Assert.DoesNotContain("You are connected to HMRC", page);
    }

    [Fact]
    public async Task Corrected_NINO_is_used_for_the_next_call()
    {
        using var client = await LinkAsync("AB123456C");
        app.Hmrc.BusinessesForbidden("AB123456C");
        app.Hmrc.BusinessesListed("AA123456A");
        var token = await LinkJourney.AntiforgeryTokenAsync(client, "/dashboard");

        var response = await client.PostAsync("/dashboard/nino", Form(token, "aa 12 34 56 a"));
        var page = await client.GetStringAsync("/dashboard");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("National Insurance number updated", page);
        Assert.Contains("Sam&#x27;s Plastering", page);
        Assert.DoesNotContain("does not belong to the HMRC account", page);
    }

    [Fact]
    public async Task Invalid_corrected_NINO_is_explained_and_changes_nothing()
    {
        using var client = await LinkAsync("AB123456C");
        app.Hmrc.BusinessesForbidden("AB123456C");
        var token = await LinkJourney.AntiforgeryTokenAsync(client, "/dashboard");

        var response = await client.PostAsync("/dashboard/nino", Form(token, "not a nino"));
        var page = await response.Content.ReadAsStringAsync();
        var after = await client.GetStringAsync("/dashboard");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Enter a National Insurance number in the correct format", page);
        Assert.Contains("value=\"not a nino\"", page);
        Assert.Contains("AB 12 34 56 C", after);
    }

    [Fact]
    public async Task HMRC_outage_is_explained_without_losing_the_connection()
    {
        using var client = await LinkAsync("AA123456A");
        app.Hmrc.Given(WireMock.RequestBuilders.Request.Create().WithPath("/individuals/business/details/AA123456A/list"))
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(503)
                .WithBodyAsJson(new { code = "SERVER_ERROR", message = "Service unavailable" }));

        var page = await client.GetStringAsync("/dashboard");

        Assert.Contains("HMRC is not available", page);
        Assert.Contains("Your connection is unchanged", page);
        Assert.Contains("Connected since", page);
    }

    [Fact]
    public async Task HMRC_calls_are_recorded_for_support()
    {
        using var client = await LinkAsync("AB123456C");
        app.Hmrc.BusinessesForbidden("AB123456C");

        await client.GetStringAsync("/dashboard");

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<HmrcCallRecorder>().FlushAsync(CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();
        var connectionId = await db.HmrcConnections.Where(c => c.Owner!.Subject == _user).Select(c => c.Id).SingleAsync();
        var call = Assert.Single(await db.HmrcApiCalls.Where(c => c.ConnectionId == connectionId).ToListAsync());
        Assert.Equal("GET", call.Method);
        Assert.Equal("/individuals/business/details/{nino}/list", call.Endpoint);
        Assert.Equal(403, call.StatusCode);
        Assert.Equal("CLIENT_OR_AGENT_NOT_AUTHORISED", call.HmrcCode);
        Assert.Equal(HmrcStubs.CorrelationId, call.CorrelationId);
    }

    public void Dispose() => app.Hmrc.Reset();

    private async Task<HttpClient> LinkAsync(string nino)
    {
        app.Hmrc.TokenEndpointIssues();
        var client = app.CreateClientFor(_user);
        var (_, query) = await LinkJourney.StartAsync(client, nino);
        var callback = await LinkJourney.CallbackAsync(client, $"code=code-1&state={query["state"]}");
        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        return client;
    }

    private static FormUrlEncodedContent Form(string token, string nino) =>
        new(new Dictionary<string, string> { ["nino"] = nino, ["__RequestVerificationToken"] = token });
}
