using System.Net;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.IntegrationTests.Infrastructure;

namespace MtdIncomeTax.IntegrationTests.Lifecycle;

public sealed class BannerTests(AppFactory app) : IClassFixture<AppFactory>, IDisposable
{
    private readonly string _user = "user-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Active_connection_shows_no_banner()
    {
        using var client = await Connections.LinkAsync(app, _user);
        app.Hmrc.BusinessesListed("AA123456A");

        var page = await client.GetStringAsync("/dashboard");

        Assert.DoesNotContain("connection-banner", page);
        Assert.Contains("<dd>Connected</dd>", page);
    }

    [Fact]
    public async Task Ended_authority_shows_reconnect_banner_everywhere()
    {
        using var client = await Connections.LinkAsync(app, _user);
        await Connections.UpdateAsync(app, _user, connection => connection.Status = ConnectionStatus.NeedsReauthorisation);
        var callsBefore = Connections.BusinessListCalls(app);

        var dashboard = WebUtility.HtmlDecode(await client.GetStringAsync("/dashboard"));
        var connect = WebUtility.HtmlDecode(await client.GetStringAsync("/connect"));

        Assert.Contains("Reconnect MtdIncomeTax to HMRC", dashboard);
        Assert.Contains("<a class=\"button\" href=\"/connect\">Reconnect to HMRC</a>", dashboard);
        Assert.Contains("Needs reconnecting", dashboard);
        Assert.Contains("Reconnect MtdIncomeTax to HMRC", connect);
        Assert.Equal(callsBefore, Connections.BusinessListCalls(app));
    }

    [Fact]
    public async Task Passed_grant_end_is_marked_expired_once()
    {
        using var client = await Connections.LinkAsync(app, _user);
        var linked = await Connections.FindAsync(app, _user);
        app.Time.Advance(TimeSpan.FromDays(547) + TimeSpan.FromMinutes(1));
        var callsBefore = Connections.BusinessListCalls(app);

        var dashboard = await client.GetStringAsync("/dashboard");
        await client.GetStringAsync("/dashboard");
        var expired = await Connections.FindAsync(app, _user);
        var history = await Connections.HistoryAsync(app, linked.Id);

        Assert.Contains("Your authority for MtdIncomeTax has ended", dashboard);
        Assert.Contains("Reconnect to HMRC", dashboard);
        Assert.Contains("Expired: the authority you gave has ended", dashboard);
        Assert.Equal(ConnectionStatus.Expired, expired.Status);
        Assert.Single(history, audit => audit.Kind == AuditEventKind.StatusChanged);
        Assert.Equal(callsBefore, Connections.BusinessListCalls(app));
    }

    [Fact]
    public async Task Grant_ending_within_thirty_days_shows_warning()
    {
        using var client = await Connections.LinkAsync(app, _user);
        app.Hmrc.BusinessesListed("AA123456A");
        var linked = await Connections.FindAsync(app, _user);
        app.Time.Advance(TimeSpan.FromDays(547 - 30) + TimeSpan.FromMinutes(1));

        var page = await client.GetStringAsync("/connect");

        Assert.Contains($"Your authority for MtdIncomeTax ends on {Web.Display.Date(linked.GrantExpiresAt)}", page);
        Assert.Contains("Reconnect to HMRC", page);
    }

    [Fact]
    public async Task Distant_grant_end_shows_no_warning()
    {
        using var client = await Connections.LinkAsync(app, _user);
        app.Time.Advance(TimeSpan.FromDays(547 - 31));

        var page = await client.GetStringAsync("/connect");

        Assert.DoesNotContain("connection-banner", page);
    }

    [Fact]
    public async Task Reconnecting_removes_the_banner()
    {
        using var client = await Connections.LinkAsync(app, _user);
        await Connections.UpdateAsync(app, _user, connection => connection.Status = ConnectionStatus.NeedsReauthorisation);

        using var relinked = await Connections.LinkAsync(app, _user);
        app.Hmrc.BusinessesListed("AA123456A");
        var page = await client.GetStringAsync("/dashboard");

        Assert.DoesNotContain("connection-banner", page);
        Assert.Contains("Sam&#x27;s Plastering", page);
    }

    public void Dispose() => app.Hmrc.Reset();
}
