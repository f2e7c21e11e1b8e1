using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MtdIncomeTax.Data;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.IntegrationTests.Infrastructure;

namespace MtdIncomeTax.IntegrationTests.Support;

public sealed class SupportListTests(AppFactory app) : IClassFixture<AppFactory>, IAsyncLifetime
{
    private readonly SupportData _data = new(app);

    public Task InitializeAsync() => _data.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task List_shows_connection_fields()
    {
        var connection = await _data.AddAsync("Robin Roofer", TimeSpan.FromDays(200), email: "robin@example.test");
        using var client = app.CreateClientFor("support-1", "support");

        var page = await client.GetStringAsync("/support/connections");

        Assert.Contains($"href=\"/support/connections/{connection.Id}\">Robin Roofer</a>", page);
        Assert.Contains("robin@example.test", page);
        Assert.Contains("<td>Business</td>", page);
        Assert.Contains("<td>Sandbox</td>", page);
        Assert.Contains("<td>Active</td>", page);
        Assert.Contains(Web.Display.DateTime(connection.AccessTokenExpiresAt), page);
        Assert.Contains(Web.Display.Date(connection.GrantExpiresAt), page);
        Assert.Contains("Never", page);
    }

    [Fact]
    public async Task List_sorts_by_grant_end()
    {
        await _data.AddAsync("Later Owner", TimeSpan.FromDays(300));
        await _data.AddAsync("Ended Owner", TimeSpan.FromDays(-5), ConnectionStatus.Expired);
        await _data.AddAsync("Sooner Owner", TimeSpan.FromDays(10));
        using var client = app.CreateClientFor("support-1", "support");

        var page = await client.GetStringAsync("/support/connections");

        Assert.Equal(["Ended Owner", "Sooner Owner", "Later Owner"], SupportData.ListedOwners(page));
    }

    [Fact]
    public async Task Status_filter_lists_only_that_status()
    {
        await _data.AddAsync("Active Owner", TimeSpan.FromDays(100));
        await _data.AddAsync("Refused Owner", TimeSpan.FromDays(100), ConnectionStatus.NeedsReauthorisation);
        await _data.AddAsync("Gone Owner", TimeSpan.FromDays(100), ConnectionStatus.Disconnected);
        using var client = app.CreateClientFor("support-1", "support");

        var page = await client.GetStringAsync("/support/connections?status=NeedsReauthorisation");

        Assert.Equal(["Refused Owner"], SupportData.ListedOwners(page));
        Assert.Contains("<td>Needs re-authorisation</td>", page);
        Assert.Contains("<option value=\"NeedsReauthorisation\" selected=\"selected\">", page);
        Assert.Contains("1 connection that matches the filter", page);
    }

    [Fact]
    public async Task Ended_grant_lists_as_expired()
    {
        await _data.AddAsync("Ended Owner", TimeSpan.FromDays(-3));
        await _data.AddAsync("Current Owner", TimeSpan.FromDays(100));
        using var client = app.CreateClientFor("support-1", "support");

        var expired = await client.GetStringAsync("/support/connections?status=Expired");
        var active = await client.GetStringAsync("/support/connections?status=Active");

        Assert.Equal(["Ended Owner"], SupportData.ListedOwners(expired));
        Assert.Contains("<td>Expired</td>", expired);
        Assert.Equal(["Current Owner"], SupportData.ListedOwners(active));
    }

    [Fact]
    public async Task Sweep_records_ended_grants_as_expired()
    {
        var ended = await _data.AddAsync("Ended Owner", TimeSpan.FromDays(-1));
        await _data.AddAsync("Current Owner", TimeSpan.FromDays(100));

        await using var scope = app.Services.CreateAsyncScope();
        var swept = await scope.ServiceProvider.GetRequiredService<ConnectionLifecycleStore>().ExpireEndedGrantsAsync(CancellationToken.None);

        Assert.Equal(1, swept);
        var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();
        Assert.Equal(ConnectionStatus.Expired, (await db.HmrcConnections.SingleAsync(c => c.Id == ended.Id)).Status);
        Assert.Single(await _data.AuditEventsAsync(ended.Id, AuditEventKind.StatusChanged));
    }

    [Fact]
    public async Task Days_filter_lists_grants_ending_soon()
    {
        await _data.AddAsync("Ended Owner", TimeSpan.FromDays(-1), ConnectionStatus.Expired);
        await _data.AddAsync("Soon Owner", TimeSpan.FromDays(29));
        await _data.AddAsync("Edge Owner", TimeSpan.FromDays(30));
        await _data.AddAsync("Later Owner", TimeSpan.FromDays(31));
        using var client = app.CreateClientFor("support-1", "support");

        var page = await client.GetStringAsync("/support/connections?days=30");

        Assert.Equal(["Soon Owner", "Edge Owner"], SupportData.ListedOwners(page));
        Assert.Contains("value=\"30\"", page);
    }

    [Fact]
    public async Task Filters_combine_with_search()
    {
        await _data.AddAsync("Pat Soon", TimeSpan.FromDays(5), ConnectionStatus.NeedsReauthorisation);
        await _data.AddAsync("Pat Later", TimeSpan.FromDays(90), ConnectionStatus.NeedsReauthorisation);
        await _data.AddAsync("Pat Active", TimeSpan.FromDays(5));
        await _data.AddAsync("Kim Soon", TimeSpan.FromDays(5), ConnectionStatus.NeedsReauthorisation);
        using var client = app.CreateClientFor("support-1", "support");

        var page = await client.GetStringAsync("/support/connections?status=NeedsReauthorisation&days=30&q=pat");

        Assert.Equal(["Pat Soon"], SupportData.ListedOwners(page));
    }

    [Theory]
    [InlineData("robin", "Robin Roofer")]
    [InlineData("ROOFER", "Robin Roofer")]
    [InlineData("jo@accounts.example", "Jo Agent")]
    [InlineData("zarn1234", "Jo Agent")]
    [InlineData("BC123456D", "Dee Trader")]
    [InlineData("bc 12 34 56 d", "Dee Trader")]
    public async Task Search_matches_each_field(string search, string expected)
    {
        await _data.AddAsync("Robin Roofer", TimeSpan.FromDays(100), nino: "AA123456A", email: "robin@example.test");
        await _data.AddAsync("Dee Trader", TimeSpan.FromDays(100), nino: "BC123456D", email: "dee@example.test");
        await _data.AddAsync(
            "Jo Agent", TimeSpan.FromDays(100), nino: null, arn: "ZARN1234567", email: "jo@accounts.example", kind: ConnectionKind.AgentPractice);
        using var client = app.CreateClientFor("support-1", "support");

        var page = await client.GetStringAsync("/support/connections?q=" + Uri.EscapeDataString(search));

        Assert.Equal([expected], SupportData.ListedOwners(page));
    }

    [Fact]
    public async Task Partial_NINO_matches_nothing()
    {
        await _data.AddAsync("Dee Trader", TimeSpan.FromDays(100), nino: "BC123456D");
        using var client = app.CreateClientFor("support-1", "support");

        var page = await client.GetStringAsync("/support/connections?q=BC1234");

        Assert.Empty(SupportData.ListedOwners(page));
        Assert.Contains("No connections that match the filter.", page);
    }

    [Fact]
    public async Task Search_treats_wildcards_as_text()
    {
        await _data.AddAsync("Percy 100% Plumbing", TimeSpan.FromDays(100));
        await _data.AddAsync("Other Owner", TimeSpan.FromDays(100));
        using var client = app.CreateClientFor("support-1", "support");

        var percent = await client.GetStringAsync("/support/connections?q=" + Uri.EscapeDataString("%"));
        var underscore = await client.GetStringAsync("/support/connections?q=_");

        Assert.Equal(["Percy 100% Plumbing"], SupportData.ListedOwners(percent));
        Assert.Empty(SupportData.ListedOwners(underscore));
    }

    [Fact]
    public async Task NINO_is_shown_masked_only()
    {
        await _data.AddAsync("Dee Trader", TimeSpan.FromDays(100), nino: "BC123456D");
        using var client = app.CreateClientFor("support-1", "support");

        var listed = await client.GetStringAsync("/support/connections");

        Assert.Contains("<code>*****456D</code>", listed);
        Assert.DoesNotContain("BC123456D", listed);
        Assert.DoesNotContain("BC 12 34 56 D", listed);
    }

    // The typed search stays in the search box and in the links that repeat the filter, so that the
    // view can be shared. The stored NINO itself is only ever shown masked.
    [Fact]
    public async Task NINO_search_shows_masked_result()
    {
        await _data.AddAsync("Dee Trader", TimeSpan.FromDays(100), nino: "BC123456D");
        using var client = app.CreateClientFor("support-1", "support");

        var page = await client.GetStringAsync("/support/connections?q=bc+12+34+56+d");
        var visibleText = SupportData.VisibleText(page);

        Assert.Equal(["Dee Trader"], SupportData.ListedOwners(page));
        Assert.Contains("*****456D", visibleText);
        Assert.DoesNotContain("BC123456D", page);
        Assert.DoesNotContain("bc 12 34 56 d", visibleText);
    }

    [Fact]
    public async Task Paging_shows_25_per_page()
    {
        for (var index = 1; index <= 60; index++)
        {
            await _data.AddAsync($"Owner {index:00}", TimeSpan.FromDays(index));
        }

        using var client = app.CreateClientFor("support-1", "support");

        var first = await client.GetStringAsync("/support/connections");
        var third = await client.GetStringAsync("/support/connections?page=3");

        Assert.Equal(25, SupportData.ListedOwners(first).Count);
        Assert.Equal("Owner 01", SupportData.ListedOwners(first)[0]);
        Assert.Contains("60 connections, earliest grant end first.", first);
        Assert.Contains("Showing 1 to 25.", first);
        Assert.Contains("href=\"/support/connections?page=2\" rel=\"next\"", first);
        Assert.Contains("aria-label=\"Page 3\"", first);
        Assert.Equal(10, SupportData.ListedOwners(third).Count);
        Assert.Equal("Owner 51", SupportData.ListedOwners(third)[0]);
        Assert.Contains("Showing 51 to 60.", third);
        Assert.Contains("aria-current=\"page\" aria-label=\"Page 3\"", third);
        Assert.DoesNotContain("rel=\"next\"", third);
    }

    [Fact]
    public async Task Page_links_keep_the_filter()
    {
        for (var index = 1; index <= 30; index++)
        {
            await _data.AddAsync($"Refused {index:00}", TimeSpan.FromDays(index), ConnectionStatus.NeedsReauthorisation);
        }

        await _data.AddAsync("Active Owner", TimeSpan.FromDays(1));
        using var client = app.CreateClientFor("support-1", "support");

        var page = await client.GetStringAsync("/support/connections?status=NeedsReauthorisation&q=refused");

        Assert.Contains("href=\"/support/connections?status=NeedsReauthorisation&amp;q=refused&amp;page=2\" rel=\"next\"", page);
        Assert.Contains("href=\"/support/connections/export.csv?status=NeedsReauthorisation&amp;q=refused\"", page);
        Assert.Contains("30 connections that match the filter", page);
    }

    [Fact]
    public async Task Page_past_the_end_is_explained()
    {
        await _data.AddAsync("Only Owner", TimeSpan.FromDays(10));
        using var client = app.CreateClientFor("support-1", "support");

        var page = await client.GetStringAsync("/support/connections?page=4");

        Assert.Empty(SupportData.ListedOwners(page));
        Assert.Contains("There is no page 4. This list has 1 page.", page);
    }

    [Theory]
    [InlineData("days=0", "Enter a whole number of days from 1 to 3650")]
    [InlineData("days=3651", "Enter a whole number of days from 1 to 3650")]
    [InlineData("days=ten", "Enter a whole number of days from 1 to 3650")]
    [InlineData("days=-5", "Enter a whole number of days from 1 to 3650")]
    [InlineData("days=99999999999", "Enter a whole number of days from 1 to 3650")]
    [InlineData("status=Bogus", "Select a status from the list")]
    [InlineData("status=2", "Select a status from the list")]
    [InlineData("page=0", "Page must be a whole number of 1 or more")]
    [InlineData("page=two", "Page must be a whole number of 1 or more")]
    public async Task Invalid_filter_is_explained_and_lists_nothing(string query, string message)
    {
        await _data.AddAsync("Listed Owner", TimeSpan.FromDays(10));
        using var client = app.CreateClientFor("support-1", "support");

        var response = await client.GetAsync("/support/connections?" + query);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("There is a problem", page);
        Assert.Contains(message, page);
        Assert.Contains("No connections are listed until the filter is corrected.", page);
        Assert.Contains("<title>Error: HMRC connections", page);
        Assert.Empty(SupportData.ListedOwners(page));
    }

    [Fact]
    public async Task Long_search_is_rejected()
    {
        await _data.AddAsync("Listed Owner", TimeSpan.FromDays(10));
        using var client = app.CreateClientFor("support-1", "support");

        var response = await client.GetAsync("/support/connections?q=" + new string('a', 101));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<a href=\"#q\">Search must be 100 characters or fewer</a>", page);
        Assert.Empty(SupportData.ListedOwners(page));
    }

    [Fact]
    public async Task List_never_shows_tokens()
    {
        await _data.AddAsync("Robin Roofer", TimeSpan.FromDays(100));
        await _data.AddAsync("Dee Trader", TimeSpan.FromDays(200), ConnectionStatus.NeedsReauthorisation, nino: "BC123456D");
        using var client = app.CreateClientFor("support-1", "support");

        var list = await client.GetStringAsync("/support/connections");
        var chart = await client.GetStringAsync("/support/connections/grant-ends");

        Assert.Equal(2, SupportData.ListedOwners(list).Count);
        Assert.Equal(6, _data.TokenTexts.Count);
        _data.AssertNoToken(list);
        _data.AssertNoToken(chart);
    }
}
