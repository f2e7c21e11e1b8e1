using System.Net;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.IntegrationTests.Infrastructure;

namespace MtdIncomeTax.IntegrationTests.Support;

public sealed class SupportDetailTests(AppFactory app) : IClassFixture<AppFactory>, IAsyncLifetime
{
    private readonly SupportData _data = new(app);

    public Task InitializeAsync() => _data.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Detail_shows_connection_fields()
    {
        var connection = await _data.AddAsync(
            "Dee Trader", TimeSpan.FromDays(100), ConnectionStatus.NeedsReauthorisation, nino: "BC123456D", email: "dee@example.test");
        using var client = app.CreateClientFor("support-1", "support");

        var page = await client.GetStringAsync($"/support/connections/{connection.Id}");

        Assert.Contains("Dee Trader", page);
        Assert.Contains("dee@example.test", page);
        Assert.Contains("<dd>Needs re-authorisation</dd>", page);
        Assert.Contains("<code>*****456D</code>", page);
        Assert.Contains("<code>read:self-assessment</code>", page);
        Assert.Contains("Yes. Token values are never shown.", page);
        Assert.Contains(Web.Display.DateTime(connection.GrantExpiresAt), page);
        Assert.Contains(Web.Display.DateTime(connection.AccessTokenExpiresAt), page);
        Assert.Contains($"<code>{connection.Id}</code>", page);
        Assert.DoesNotContain("BC123456D", page);
        _data.AssertNoToken(page);
    }

    [Fact]
    public async Task Timeline_lists_events_newest_first()
    {
        var connection = await _data.AddAsync("Dee Trader", TimeSpan.FromDays(100));
        var owner = connection.OwnerUserId;
        await _data.AddAsync(
            Event(connection.Id, AuditEventKind.Linked, _data.Now.AddDays(-3), owner, "Linked to HMRC", null),
            Event(connection.Id, AuditEventKind.RefreshFailed, _data.Now.AddDays(-1), null, "HMRC rejected the refresh token", "corr-refresh-9f2"),
            Event(connection.Id, AuditEventKind.StatusChanged, _data.Now.AddDays(-2), null, "Active to NeedsReauthorisation", null));
        using var client = app.CreateClientFor("support-1", "support");

        var page = await client.GetStringAsync($"/support/connections/{connection.Id}");
        var timeline = page[page.IndexOf("id=\"timeline-title\"", StringComparison.Ordinal)..page.IndexOf("id=\"calls-title\"", StringComparison.Ordinal)];

        var viewed = timeline.IndexOf("<td>Viewed by support</td>", StringComparison.Ordinal);
        var failed = timeline.IndexOf("<td>Refresh failed</td>", StringComparison.Ordinal);
        var changed = timeline.IndexOf("<td>Status changed</td>", StringComparison.Ordinal);
        var linked = timeline.IndexOf("<td>Linked</td>", StringComparison.Ordinal);
        Assert.True(viewed >= 0, "The support view is listed");
        Assert.True(viewed < failed, "The support view is the newest event");
        Assert.True(failed < changed, "The refresh failure is listed before the older status change");
        Assert.True(changed < linked, "The link is listed last");
        Assert.Contains("<td>Test support-1</td>", timeline);
        Assert.Contains("<td>Dee Trader</td>", timeline);
        Assert.Contains("<td>MtdIncomeTax</td>", timeline);
        Assert.Contains("HMRC rejected the refresh token", timeline);
        Assert.Contains("<code>corr-refresh-9f2</code>", timeline);
        Assert.Contains(Web.Display.DateTime(_data.Now.AddDays(-3)), timeline);
    }

    [Fact]
    public async Task Timeline_leaves_out_other_connections()
    {
        var connection = await _data.AddAsync("Dee Trader", TimeSpan.FromDays(100));
        var other = await _data.AddAsync("Robin Roofer", TimeSpan.FromDays(100));
        await _data.AddAsync(Event(other.Id, AuditEventKind.NinoCorrected, _data.Now, null, "Another person's event", null));
        using var client = app.CreateClientFor("support-1", "support");

        var page = await client.GetStringAsync($"/support/connections/{connection.Id}");

        Assert.DoesNotContain("Another person", page);
    }

    [Fact]
    public async Task Calls_list_latest_fifty()
    {
        var connection = await _data.AddAsync("Dee Trader", TimeSpan.FromDays(100));
        var calls = Enumerable.Range(1, 55).Select(minute => new HmrcApiCall
        {
            Id = Guid.NewGuid(),
            ConnectionId = connection.Id,
            OccurredAt = _data.Now.AddMinutes(-minute),
            Method = "GET",
            Endpoint = "/individuals/business/details/{nino}/list",
            StatusCode = minute == 1 ? 403 : 200,
            HmrcCode = minute == 1 ? "CLIENT_OR_AGENT_NOT_AUTHORISED" : null,
            CorrelationId = $"corr-{minute:00}",
            DurationMs = 100 + minute,
        }).ToArray();
        await _data.AddAsync(calls);
        using var client = app.CreateClientFor("support-1", "support");

        var page = await client.GetStringAsync($"/support/connections/{connection.Id}");
        var section = page[page.IndexOf("id=\"calls-title\"", StringComparison.Ordinal)..];

        Assert.Contains("<code>/individuals/business/details/{nino}/list</code>", section);
        Assert.Contains("<td>403</td>", section);
        Assert.Contains("<td>CLIENT_OR_AGENT_NOT_AUTHORISED</td>", section);
        Assert.Contains("<td>101 ms</td>", section);
        Assert.True(section.IndexOf("corr-01", StringComparison.Ordinal) < section.IndexOf("corr-02", StringComparison.Ordinal));
        Assert.Contains("corr-50", section);
        Assert.DoesNotContain("corr-51", section);
        Assert.Equal(50, section.Split("<td>GET</td>").Length - 1);
    }

    [Fact]
    public async Task Viewing_records_support_event()
    {
        var connection = await _data.AddAsync("Dee Trader", TimeSpan.FromDays(100));
        using var client = app.CreateClientFor("support-viewer", "support");

        var response = await client.GetAsync($"/support/connections/{connection.Id}");
        var viewer = await _data.UserAsync("support-viewer");
        var viewed = Assert.Single(await _data.AuditEventsAsync(connection.Id, AuditEventKind.ViewedBySupport));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(viewer.Id, viewed.ActorUserId);

        // SQLite keeps instants to a tenth of a millisecond.
        Assert.Equal(_data.Now, viewed.OccurredAt, TimeSpan.FromMilliseconds(1));
    }

    [Theory]
    [InlineData("9b0e6a52-51a8-4f0e-8a1e-3c1d2b4a5f60")]
    [InlineData("not-a-connection")]
    public async Task Unknown_connection_is_not_found(string id)
    {
        using var client = app.CreateClientFor("support-1", "support");

        var response = await client.GetAsync($"/support/connections/{id}");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Connection not found</h1>", page);
    }

    private static AuditEvent Event(Guid connectionId, AuditEventKind kind, DateTimeOffset at, Guid? actor, string detail, string? correlationId) => new()
    {
        Id = Guid.NewGuid(),
        ConnectionId = connectionId,
        Kind = kind,
        OccurredAt = at,
        ActorUserId = actor,
        Detail = detail,
        CorrelationId = correlationId,
    };
}
