using System.Net;
using System.Text;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.IntegrationTests.Infrastructure;
using MtdIncomeTax.Web.Support;

namespace MtdIncomeTax.IntegrationTests.Support;

public sealed class SupportExportTests(AppFactory app) : IClassFixture<AppFactory>, IAsyncLifetime
{
    private const string Header =
        "Connection ID,Owner name,Owner email,Kind,Environment,Status,NINO (masked),ARN,"
        + "Access token expires (UTC),Last refreshed (UTC),Last refresh outcome,Grant ends (UTC)";

    private readonly SupportData _data = new(app);

    public Task InitializeAsync() => _data.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Export_is_a_dated_attachment()
    {
        await _data.AddAsync("Robin Roofer", TimeSpan.FromDays(100));
        using var client = app.CreateClientFor("support-1", "support");

        var response = await client.GetAsync("/support/connections/export.csv");
        var today = TimeZoneInfo.ConvertTime(_data.Now, Web.Display.UkTimeZone).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"hmrc-connections-{today}.csv", response.Content.Headers.ContentDisposition?.FileName);
    }

    [Fact]
    public async Task Export_lists_every_page()
    {
        for (var index = 1; index <= 30; index++)
        {
            await _data.AddAsync($"Owner {index:00}", TimeSpan.FromDays(index));
        }

        using var client = app.CreateClientFor("support-1", "support");

        var lines = await ExportLinesAsync(client, "");

        Assert.Equal(31, lines.Count);
        Assert.Equal(Header, lines[0]);
        Assert.Contains(",Owner 01,", lines[1]);
        Assert.Contains(",Owner 30,", lines[30]);
    }

    [Fact]
    public async Task Export_applies_the_filter()
    {
        await _data.AddAsync("Active Owner", TimeSpan.FromDays(10));
        await _data.AddAsync("Refused Soon", TimeSpan.FromDays(10), ConnectionStatus.NeedsReauthorisation);
        await _data.AddAsync("Refused Later", TimeSpan.FromDays(400), ConnectionStatus.NeedsReauthorisation);
        using var client = app.CreateClientFor("support-1", "support");

        var lines = await ExportLinesAsync(client, "?status=NeedsReauthorisation&days=60");

        Assert.Equal(2, lines.Count);
        Assert.Contains(",Refused Soon,", lines[1]);
    }

    [Fact]
    public async Task Export_row_has_every_column()
    {
        var connection = await _data.AddAsync(
            "Jo Agent", TimeSpan.FromDays(100), ConnectionStatus.NeedsReauthorisation, nino: "BC123456D", arn: "ZARN1234567",
            email: "jo@accounts.example", kind: ConnectionKind.AgentPractice);
        using var client = app.CreateClientFor("support-1", "support");

        var lines = await ExportLinesAsync(client, "");

        Assert.Equal(
            $"{connection.Id},Jo Agent,jo@accounts.example,Agent practice,Sandbox,Needs re-authorisation,*****456D,ZARN1234567,"
            + $"{Iso(connection.AccessTokenExpiresAt)},,,{Iso(connection.GrantExpiresAt)}",
            lines[1]);
    }

    [Fact]
    public async Task Export_escapes_and_guards_cells()
    {
        await _data.AddAsync("=HYPERLINK(\"http://attacker.example\",\"Click\")", TimeSpan.FromDays(1), email: "+44@example.test");
        await _data.AddAsync("Smith, \"Jo\"\nLine two", TimeSpan.FromDays(2), email: "@mention");
        await _data.AddAsync("-2+3", TimeSpan.FromDays(3));
        using var client = app.CreateClientFor("support-1", "support");

        var csv = await ExportAsync(client, "");

        Assert.Contains(",\"'=HYPERLINK(\"\"http://attacker.example\"\",\"\"Click\"\")\",'+44@example.test,", csv);
        Assert.Contains(",\"Smith, \"\"Jo\"\"\nLine two\",'@mention,", csv);
        Assert.Contains(",'-2+3,", csv);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tTab", "'\tTab")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    public void Cell_is_escaped_and_guarded(string value, string expected) =>
        Assert.Equal(expected, ConnectionsCsv.Cell(value));

    [Fact]
    public async Task Export_never_contains_tokens()
    {
        await _data.AddAsync("Robin Roofer", TimeSpan.FromDays(100), nino: "AA123456A");
        await _data.AddAsync("Dee Trader", TimeSpan.FromDays(100), nino: "BC123456D");
        using var client = app.CreateClientFor("support-1", "support");

        var csv = await ExportAsync(client, "");

        Assert.Contains("*****456A", csv);
        Assert.DoesNotContain("AA123456A", csv);
        Assert.DoesNotContain("BC123456D", csv);
        Assert.DoesNotContain("token,", csv.Split('\n')[0], StringComparison.OrdinalIgnoreCase);
        _data.AssertNoToken(csv);
    }

    [Fact]
    public async Task Invalid_filter_exports_nothing()
    {
        await _data.AddAsync("Robin Roofer", TimeSpan.FromDays(100));
        using var client = app.CreateClientFor("support-1", "support");

        var response = await client.GetAsync("/support/connections/export.csv?days=0");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.Contains(ConnectionListInput.DaysMessage, body);
        Assert.DoesNotContain("Robin Roofer", body);
    }

    private static string Iso(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<string> ExportAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/support/connections/export.csv" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        return Encoding.UTF8.GetString(bytes[3..]);
    }

    private static async Task<List<string>> ExportLinesAsync(HttpClient client, string query)
    {
        var csv = await ExportAsync(client, query);
        Assert.EndsWith("\r\n", csv);
        return [.. csv.Split("\r\n")[..^1]];
    }
}
