using System.Net;
using MtdIncomeTax.IntegrationTests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace MtdIncomeTax.IntegrationTests.Resilience;

/// <summary>
/// The whole app with a limit of one request a second: the bearer token handler's replay after a
/// refresh leaves for HMRC too, so it waits for a send slot like any other request.
/// </summary>
public sealed class ReplayPermitTests : IAsyncLifetime
{
    private const string Nino = "AB123456C";
    private const string ListPath = $"/individuals/business/details/{Nino}/list";

    private readonly AppFactory _app = new()
    {
        Settings = new Dictionary<string, string> { ["Hmrc:RateLimit:RequestsPerSecond"] = "1" },
    };

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Replay_takes_a_send_slot()
    {
        _app.Hmrc.TokenEndpointIssues("access-initial-0001", "refresh-initial-0001");
        using var client = _app.CreateClientFor("replay-permit-user");
        var (_, query) = await LinkJourney.StartAsync(client, Nino);
        Assert.Equal(HttpStatusCode.Redirect, (await LinkJourney.CallbackAsync(client, $"code=code-1&state={query["state"]}")).StatusCode);
        _app.Hmrc.Reset();
        _app.Hmrc.Given(Request.Create().WithPath(ListPath).WithHeader("Authorization", "Bearer access-initial-0001").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(401).WithBodyAsJson(new { code = "INVALID_CREDENTIALS", message = "Invalid Authentication information provided" }));
        _app.Hmrc.TokenEndpointIssues("access-refreshed-0002", "refresh-refreshed-0002");
        _app.Hmrc.BusinessesListed(Nino, "access-refreshed-0002");

        var page = await client.GetStringAsync("/dashboard");

        Assert.Contains("Sam&#x27;s Plastering", page);
        var sends = _app.Hmrc.LogEntries.Where(entry => entry.RequestMessage.Path == ListPath)
            .Select(entry => entry.RequestMessage.DateTime).Order().ToList();
        Assert.Equal(2, sends.Count);
        Assert.True(sends[1] - sends[0] >= TimeSpan.FromSeconds(1), $"replayed {sends[1] - sends[0]} after the first send");
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();
}
