using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MtdIncomeTax.Data;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores.Agents;
using MtdIncomeTax.IntegrationTests.Infrastructure;
using MtdIncomeTax.Web.Agents;

namespace MtdIncomeTax.IntegrationTests.Agents;

/// <summary>Client names with control or text-direction characters, rejected on every way in.</summary>
public sealed class ClientNameCharacterTests(AppFactory app) : IClassFixture<AppFactory>
{
    // ASP.NET Core rejects a form value with U+0000 with 400 before the action runs, so that case
    // changes nothing but shows no message. The import test covers U+0000 through ClientFields.
    public static TheoryData<string> HiddenCharacters =>
        ["\u0001", "\u0007", "\u001B", "\u007F", "\u0085", "\u009F", "\u202A", "\u202E", "\u2066", "\u2069"];

    [Theory]
    [MemberData(nameof(HiddenCharacters))]
    public async Task Add_rejects_hidden_character(string character)
    {
        var practice = "practice-" + Guid.NewGuid().ToString("N");
        using var staff = app.CreateClientFor("jo-" + practice, "agent", practice);

        var response = await AgentPages.AddClientAsync(staff, $"Sam{character}Smith", "AA123456A", "TF3 4NT");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(ClientFields.HiddenCharacterMessage, AgentPages.Text(await response.Content.ReadAsStringAsync()));
        Assert.Equal(0, await CountAsync(practice));
    }

    [Theory]
    [MemberData(nameof(HiddenCharacters))]
    public async Task Change_rejects_hidden_character(string character)
    {
        var practice = await TestPractice.CreateAsync(app, [new NewAgentClient("Sam Smith", "AA123456A", "TF3 4NT", AgentType.Main)]);
        var id = practice.ClientIds[0];
        using var staff = practice.SignIn(app);

        var response = await AgentPages.PostFormAsync(staff, $"/clients/{id}/details", $"/clients/{id}/details", new Dictionary<string, string>
        {
            ["Name"] = $"Sam{character}Jones",
            ["Postcode"] = "TF3 4NT",
            ["AgentType"] = "main",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(ClientFields.HiddenCharacterMessage, AgentPages.Text(await response.Content.ReadAsStringAsync()));
        Assert.Equal("Sam Smith", await NameAsync(id));
    }

    [Fact]
    public async Task Import_names_row_with_hidden_character()
    {
        var practice = "practice-" + Guid.NewGuid().ToString("N");
        using var staff = app.CreateClientFor("jo-" + practice, "agent", practice);
        const string Csv = "name,nino,postcode\r\n"
            + "Sam Smith,AA123456A,TF3 4NT\r\n"
            + "Lee \u202Enoj\u202C Jones,AB123456C,BN12 4XL\r\n"
            + "Pat\u0007Forces,AC123456D,LS1 4AP\r\n"
            + "Kim\u0000Green,AE123456A,LS1 4AP\r\n";

        var response = await AgentPages.ImportAsync(staff, Csv);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = AgentPages.Text(await response.Content.ReadAsStringAsync());
        Assert.Contains($"Row 3: {ClientFields.HiddenCharacterMessage}", page);
        Assert.Contains($"Row 4: {ClientFields.HiddenCharacterMessage}", page);
        Assert.Contains($"Row 5: {ClientFields.HiddenCharacterMessage}", page);
        Assert.DoesNotContain("Row 2:", page);
        Assert.Equal(0, await CountAsync(practice));
    }

    [Theory]
    [InlineData("=Sam Smith")]
    [InlineData("Zoë O'Brien-Ng")]
    [InlineData("محمد علي")]
    public async Task Add_keeps_visible_names(string name)
    {
        var practice = "practice-" + Guid.NewGuid().ToString("N");
        using var staff = app.CreateClientFor("jo-" + practice, "agent", practice);

        var response = await AgentPages.AddClientAsync(staff, name, "AA123456A", "TF3 4NT");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await CountAsync(practice));
    }

    private Task<int> CountAsync(string practice) =>
        QueryAsync(db => db.AgentClients.CountAsync(row => row.Practice!.ExternalId == practice));

    private Task<string> NameAsync(Guid id) =>
        QueryAsync(db => db.AgentClients.Where(row => row.Id == id).Select(row => row.Name).SingleAsync());

    private async Task<T> QueryAsync<T>(Func<MtdIncomeTaxDbContext, Task<T>> query)
    {
        using var scope = app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>());
    }
}
