using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.IntegrationTests.Infrastructure;

namespace MtdIncomeTax.IntegrationTests.Support;

public sealed partial class SupportGrantEndsTests(AppFactory app) : IClassFixture<AppFactory>, IAsyncLifetime
{
    private readonly SupportData _data = new(app);

    public Task InitializeAsync() => _data.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Chart_counts_grants_by_month()
    {
        await _data.AddAsync("Two Months A", MidMonth(2) - _data.Now);
        await _data.AddAsync("Two Months B", MidMonth(2) - _data.Now);
        await _data.AddAsync("Five Months", MidMonth(5) - _data.Now);
        await _data.AddAsync("Ended Recently", TimeSpan.FromDays(-2), ConnectionStatus.Expired);
        await _data.AddAsync("Ended Long Ago", TimeSpan.FromDays(-400), ConnectionStatus.Expired);
        using var client = app.CreateClientFor("support-1", "support");

        var rows = ChartRows(await client.GetStringAsync("/support/connections/grant-ends"));

        Assert.Equal(20, rows.Count);
        Assert.Equal(("Ended", 2), rows[0]);
        Assert.Equal((MonthName(0), 0), rows[1]);
        Assert.Equal((MonthName(2), 2), rows[3]);
        Assert.Equal((MonthName(5), 1), rows[6]);
        Assert.Equal(MonthName(18), rows[19].Month);
        Assert.Equal(5, rows.Sum(row => row.Count));
    }

    [Fact]
    public async Task New_grant_falls_in_last_month()
    {
        await _data.AddAsync("Just Linked", TimeSpan.FromDays(547));
        using var client = app.CreateClientFor("support-1", "support");

        var rows = ChartRows(await client.GetStringAsync("/support/connections/grant-ends"));
        var month = TimeZoneInfo.ConvertTime(_data.Now + TimeSpan.FromDays(547), Web.Display.UkTimeZone);

        Assert.Equal(1, rows.Single(row => row.Count > 0).Count);
        Assert.Equal(month.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")), rows.Single(row => row.Count > 0).Month);
    }

    [Fact]
    public async Task Grant_beyond_range_is_later()
    {
        await _data.AddAsync("Far Future", MidMonth(25) - _data.Now);
        using var client = app.CreateClientFor("support-1", "support");

        var rows = ChartRows(await client.GetStringAsync("/support/connections/grant-ends"));

        Assert.Equal(("Later", 1), rows[^1]);
    }

    [Fact]
    public async Task Chart_applies_the_filter()
    {
        await _data.AddAsync("Active Owner", MidMonth(3) - _data.Now);
        await _data.AddAsync("Refused Owner", MidMonth(3) - _data.Now, ConnectionStatus.NeedsReauthorisation);
        using var client = app.CreateClientFor("support-1", "support");

        var page = await client.GetStringAsync("/support/connections/grant-ends?status=NeedsReauthorisation");

        Assert.Equal((MonthName(3), 1), ChartRows(page)[4]);
        Assert.Contains("1 connection that matches the filter", page);
        Assert.Contains("href=\"/support/connections?status=NeedsReauthorisation\"", page);
    }

    [Fact]
    public async Task Invalid_filter_shows_no_chart()
    {
        await _data.AddAsync("Active Owner", MidMonth(3) - _data.Now);
        using var client = app.CreateClientFor("support-1", "support");

        var response = await client.GetAsync("/support/connections/grant-ends?status=Unknown");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Select a status from the list", page);
        Assert.Empty(ChartRows(page));
    }

    [Fact]
    public async Task List_links_to_the_chart()
    {
        await _data.AddAsync("Active Owner", MidMonth(3) - _data.Now);
        using var client = app.CreateClientFor("support-1", "support");

        var page = await client.GetStringAsync("/support/connections?days=365");

        Assert.Contains("href=\"/support/connections/grant-ends?days=365\"", page);
    }

    /// <summary>Noon UK time on the 15th of the month monthsAhead after the current one, well inside that month.</summary>
    private DateTimeOffset MidMonth(int monthsAhead)
    {
        var local = TimeZoneInfo.ConvertTime(_data.Now, Web.Display.UkTimeZone);
        var target = new DateTime(local.Year, local.Month, 15, 12, 0, 0, DateTimeKind.Unspecified).AddMonths(monthsAhead);
        return new DateTimeOffset(target, Web.Display.UkTimeZone.GetUtcOffset(target));
    }

    private string MonthName(int monthsAhead) =>
        TimeZoneInfo.ConvertTime(MidMonth(monthsAhead), Web.Display.UkTimeZone).ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    private static List<(string Month, int Count)> ChartRows(string page) =>
        [.. ChartRow().Matches(page).Select(match => (match.Groups[1].Value, int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture)))];

    [GeneratedRegex("<th scope=\"row\">([^<]+)</th>\\s*<td>.*?<span class=\"bar-value\">(\\d+)</span>", RegexOptions.Singleline)]
    private static partial Regex ChartRow();
}
