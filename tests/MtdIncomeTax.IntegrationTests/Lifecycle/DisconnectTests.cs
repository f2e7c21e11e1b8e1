using System.Net;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.IntegrationTests.Infrastructure;

namespace MtdIncomeTax.IntegrationTests.Lifecycle;

public sealed class DisconnectTests(AppFactory app) : IClassFixture<AppFactory>, IDisposable
{
    private readonly string _user = "user-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Dashboard_offers_disconnect_with_confirmation()
    {
        using var client = await Connections.LinkAsync(app, _user);
        app.Hmrc.BusinessesListed("AA123456A");

        var dashboard = await client.GetStringAsync("/dashboard");
        var confirm = await client.GetStringAsync("/disconnect");

        Assert.Contains("href=\"/disconnect\">Disconnect from HMRC</a>", dashboard);
        Assert.Contains("Are you sure you want to disconnect MtdIncomeTax from HMRC?", confirm);
        Assert.Contains("<form method=\"post\" action=\"/disconnect\">", confirm);
        Assert.Equal(ConnectionStatus.Active, (await Connections.FindAsync(app, _user)).Status);
    }

    [Fact]
    public async Task Disconnect_deletes_tokens_and_keeps_history()
    {
        using var client = await Connections.LinkAsync(app, _user);
        var linked = await Connections.FindAsync(app, _user);

        var response = await PostDisconnectAsync(client);
        var done = WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location!.OriginalString));
        var disconnected = await Connections.FindAsync(app, _user);
        var history = await Connections.HistoryAsync(app, linked.Id);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/disconnect/done", response.Headers.Location!.OriginalString);
        Assert.Contains("You have disconnected MtdIncomeTax from HMRC", done);
        Assert.Contains("https://www.tax.service.gov.uk/applications-manage-authority", done);
        Assert.Contains("Remove MtdIncomeTax's authority in your HMRC account too", done);
        Assert.Contains("HMRC's sandbox", done);
        Assert.Equal(linked.Id, disconnected.Id);
        Assert.Null(disconnected.ProtectedAccessToken);
        Assert.Null(disconnected.ProtectedRefreshToken);
        Assert.Equal(ConnectionStatus.Disconnected, disconnected.Status);
        Assert.NotNull(disconnected.DisconnectedAt);
        Assert.Equal(app.Time.GetUtcNow(), disconnected.DisconnectedAt.Value, TimeSpan.FromMilliseconds(1));
        Assert.Equal("AA123456A", disconnected.Nino);
        Assert.Equal([AuditEventKind.Linked, AuditEventKind.Disconnected], history.Select(audit => audit.Kind));
    }

    [Fact]
    public async Task Disconnected_dashboard_does_not_call_HMRC()
    {
        using var client = await Connections.LinkAsync(app, _user);
        await PostDisconnectAsync(client);
        var callsBefore = Connections.BusinessListCalls(app);

        var dashboard = await client.GetStringAsync("/dashboard");

        Assert.Contains("<dd>Disconnected</dd>", dashboard);
        Assert.DoesNotContain("href=\"/disconnect\"", dashboard);
        Assert.DoesNotContain("connection-banner", dashboard);
        Assert.Equal(callsBefore, Connections.BusinessListCalls(app));
    }

    [Fact]
    public async Task Disconnect_without_antiforgery_token_changes_nothing()
    {
        using var client = await Connections.LinkAsync(app, _user);

        var response = await client.PostAsync("/disconnect", new FormUrlEncodedContent([]));
        var connection = await Connections.FindAsync(app, _user);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ConnectionStatus.Active, connection.Status);
        Assert.NotNull(connection.ProtectedAccessToken);
        Assert.NotNull(connection.ProtectedRefreshToken);
    }

    [Fact]
    public async Task Second_disconnect_records_nothing_more()
    {
        using var client = await Connections.LinkAsync(app, _user);
        var linked = await Connections.FindAsync(app, _user);

        await PostDisconnectAsync(client);
        var token = await LinkJourney.AntiforgeryTokenAsync(client, "/disconnect/done");
        var again = await client.PostAsync("/disconnect", Form(token));
        var history = await Connections.HistoryAsync(app, linked.Id);

        Assert.Equal("/disconnect/done", again.Headers.Location!.OriginalString);
        Assert.Single(history, audit => audit.Kind == AuditEventKind.Disconnected);
    }

    [Fact]
    public async Task Unlinked_person_is_sent_to_the_dashboard()
    {
        using var client = app.CreateClientFor(_user);

        var confirm = await client.GetAsync("/disconnect");
        var done = await client.GetAsync("/disconnect/done");

        Assert.Equal("/dashboard", confirm.Headers.Location!.OriginalString);
        Assert.Equal("/dashboard", done.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Connecting_after_disconnect_works()
    {
        using var client = await Connections.LinkAsync(app, _user);
        var linked = await Connections.FindAsync(app, _user);
        await PostDisconnectAsync(client);

        using var relinked = await Connections.LinkAsync(app, _user);
        app.Hmrc.BusinessesListed("AA123456A");
        var dashboard = await client.GetStringAsync("/dashboard");
        var connection = await Connections.FindAsync(app, _user);

        Assert.Equal(linked.Id, connection.Id);
        Assert.Equal(ConnectionStatus.Active, connection.Status);
        Assert.NotNull(connection.ProtectedAccessToken);
        Assert.NotNull(connection.ProtectedRefreshToken);
        Assert.Contains("Sam&#x27;s Plastering", dashboard);
        Assert.Contains("href=\"/disconnect\"", dashboard);
    }

    public void Dispose() => app.Hmrc.Reset();

    private static async Task<HttpResponseMessage> PostDisconnectAsync(HttpClient client)
    {
        var token = await LinkJourney.AntiforgeryTokenAsync(client, "/disconnect");
        var response = await client.PostAsync("/disconnect", Form(token));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        return response;
    }

    private static FormUrlEncodedContent Form(string token) =>
        new(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
}
