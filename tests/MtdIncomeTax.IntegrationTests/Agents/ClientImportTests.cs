using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MtdIncomeTax.Data;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.IntegrationTests.Infrastructure;

namespace MtdIncomeTax.IntegrationTests.Agents;

/// <summary>Importing a client list from CSV: all rows or none, with every bad row named.</summary>
public sealed class ClientImportTests(AppFactory app) : IClassFixture<AppFactory>
{
    private readonly string _practice = "practice-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Good_file_imports_every_row()
    {
        using var client = Agent();
        const string Csv = "Name,NINO,Postcode,Agent type\r\n"
            + "\"Smith, Sam\",AA 12 34 56 A,tf3 4nt,main\r\n"
            + "\"Lee \"\"Lefty\"\" Jones\",AB123456C,BN124XL,Supporting\r\n"
            + "\r\n"
            + "Pat Forces,AC123456D,BFPO 105,\r\n";

        var response = await AgentPages.ImportAsync(client, Csv, byteOrderMark: true);

        var page = AgentPages.Text(await AgentPages.FollowAsync(client, response));
        Assert.Contains("3 clients were added to your client list.", page);
        var clients = await ClientsAsync();
        Assert.Equal(["Lee \"Lefty\" Jones", "Pat Forces", "Smith, Sam"], clients.Select(row => row.Name));
        Assert.Equal(["AB123456C", "AC123456D", "AA123456A"], clients.Select(row => row.Nino));
        Assert.Equal(["BN12 4XL", "BFPO 105", "TF3 4NT"], clients.Select(row => row.Postcode));
        Assert.Equal([AgentType.Supporting, AgentType.Main, AgentType.Main], clients.Select(row => row.AgentType));
    }

    [Fact]
    public async Task Columns_in_any_order_with_LF()
    {
        using var client = Agent();

        var response = await AgentPages.ImportAsync(client, "postcode,nino,name\nTF3 4NT,AA123456A,Sam Smith\n");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Sam Smith", Assert.Single(await ClientsAsync()).Name);
    }

    [Fact]
    public async Task Bad_rows_import_nothing_and_are_each_named()
    {
        using var client = Agent();
        const string Csv = "name,nino,postcode,agent type\r\n"
            + "Sam Smith,AA123456A,TF3 4NT,main\r\n"
            + ",AB123456C,BN12 4XL,main\r\n"
            + "Lee Jones,NOTANINO,BN12 4XL,main\r\n"
            + "Pat Forces,AC123456D,12345,main\r\n"
            + "Kim Green,AE123456A,LS1 4AP,boss\r\n";

        var response = await AgentPages.ImportAsync(client, Csv);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = AgentPages.Text(await response.Content.ReadAsStringAsync());
        Assert.Contains("Nothing was imported. Correct these rows and upload the whole file again.", page);
        Assert.Contains("Row 3: Enter the client's name", page);
        Assert.Contains("Row 4: Enter a National Insurance number in the correct format", page);
        Assert.Contains("Row 5: Enter a real UK postcode", page);
        Assert.Contains("Row 6: Choose main agent or supporting agent", page);
        Assert.DoesNotContain("Row 2:", page);
        Assert.Empty(await ClientsAsync());
    }

    [Fact]
    public async Task Repeat_NINO_in_file_is_an_error()
    {
        using var client = Agent();

        var response = await AgentPages.ImportAsync(client, "name,nino,postcode\r\nSam,AA123456A,TF3 4NT\r\nSammy,aa123456a,TF3 4NT\r\n");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(
            "Row 3: National Insurance number AA 12 34 56 A is also on row 2",
            AgentPages.Text(await response.Content.ReadAsStringAsync()));
        Assert.Empty(await ClientsAsync());
    }

    [Fact]
    public async Task NINO_already_listed_is_an_error()
    {
        using var client = Agent();
        await AgentPages.SeedClientAsync(client, "Sam Smith", "AA123456A", "TF3 4NT");

        var response = await AgentPages.ImportAsync(client, "name,nino,postcode\r\nLee Jones,AB123456C,BN12 4XL\r\nSam,AA123456A,TF3 4NT\r\n");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(
            "Row 3: National Insurance number AA 12 34 56 A is already on your client list, as Sam Smith",
            AgentPages.Text(await response.Content.ReadAsStringAsync()));
        Assert.Equal("Sam Smith", Assert.Single(await ClientsAsync()).Name);
    }

    [Theory]
    [InlineData("", "The file is empty")]
    [InlineData("\r\n\r\n", "The file is empty")]
    [InlineData("name,nino,postcode\r\n", "The file has a header row but no clients")]
    [InlineData("Sam Smith,AA123456A,TF3 4NT\r\n", "The first row of the file must name the columns")]
    [InlineData("name,nino,postcode,phone\r\nSam,AA123456A,TF3 4NT,0123\r\n", "The first row of the file must name the columns")]
    [InlineData("name,nino,postcode\r\n\"Sam,AA123456A,TF3 4NT\r\n", "not valid CSV")]
    public async Task Unreadable_file_is_rejected(string csv, string message)
    {
        using var client = Agent();

        var response = await AgentPages.ImportAsync(client, csv);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, AgentPages.Text(await response.Content.ReadAsStringAsync()));
        Assert.Empty(await ClientsAsync());
    }

    [Fact]
    public async Task Latin1_file_is_rejected_not_garbled()
    {
        using var client = Agent();
        var bytes = Encoding.Latin1.GetBytes("name,nino,postcode\r\nJosé Müller,AA123456A,TF3 4NT\r\n");

        var response = await AgentPages.ImportAsync(client, bytes);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The file is not saved as UTF-8", AgentPages.Text(await response.Content.ReadAsStringAsync()));
        Assert.Empty(await ClientsAsync());
    }

    [Fact]
    public async Task UTF16_file_keeps_accents()
    {
        using var client = Agent();
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("name,nino,postcode\r\nJosé Müller,AA123456A,TF3 4NT\r\n")).ToArray();

        var response = await AgentPages.ImportAsync(client, bytes);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("José Müller", Assert.Single(await ClientsAsync()).Name);
    }

    [Fact]
    public async Task Too_many_rows_are_rejected()
    {
        using var client = Agent();
        var rows = Enumerable.Range(0, 5001).Select(index => $"Client {index},{ClientListTests.Nino(index)},TF3 4NT");

        var response = await AgentPages.ImportAsync(client, "name,nino,postcode\n" + string.Join("\n", rows));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("more than 5,000 clients", await response.Content.ReadAsStringAsync());
        Assert.Empty(await ClientsAsync());
    }

    [Theory]
    [InlineData("", "The file is empty")]
    [InlineData("name,nino,postcode\r\n", "The file has a header row but no clients")]
    public async Task File_problem_asks_for_another_file_not_for_rows(string csv, string message)
    {
        using var client = Agent();

        var response = await AgentPages.ImportAsync(client, csv);

        var page = AgentPages.Text(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, page);
        Assert.Contains("Nothing was imported. Correct the file and upload it again.", page);
        Assert.DoesNotContain("Correct these rows", page);
    }

    [Fact]
    public async Task File_over_1_MB_is_rejected()
    {
        using var client = Agent();
        var csv = "name,nino,postcode\r\n" + new string('x', 1024 * 1024) + ",AA123456A,TF3 4NT\r\n";

        var response = await AgentPages.ImportAsync(client, csv);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("larger than 1 MB", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(1_200_000)]
    [InlineData(5 * 1024 * 1024)]
    [InlineData(40 * 1024 * 1024)]
    public async Task Large_upload_gets_the_size_message(int size)
    {
        using var client = Agent();
        var csv = "name,nino,postcode\r\nSam Smith,AA123456A,TF3 4NT\r\n" + new string('x', size);

        var response = await AgentPages.ImportAsync(client, csv);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge });
        var page = AgentPages.Text(await response.Content.ReadAsStringAsync());
        Assert.Contains("The file is larger than 1 MB. Split it into smaller files", page);
        Assert.Contains("Import clients from a CSV file", page);
        Assert.Empty(await ClientsAsync());
    }

    [Fact]
    public async Task Import_without_form_token_is_refused()
    {
        using var client = Agent();
        using var content = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes("name,nino,postcode\r\nSam,AA123456A,TF3 4NT\r\n")), "file", "clients.csv" },
        };

        var response = await client.PostAsync("/clients/import", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await ClientsAsync());
    }

    private HttpClient Agent() => app.CreateClientFor("jo-" + Guid.NewGuid().ToString("N")[..8], "agent", _practice);

    private async Task<List<AgentClient>> ClientsAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();
        return await db.AgentClients.Where(client => client.Practice!.ExternalId == _practice)
            .OrderBy(client => client.Name).ToListAsync();
    }
}
