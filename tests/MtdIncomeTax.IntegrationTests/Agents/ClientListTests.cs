using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MtdIncomeTax.Data;
using MtdIncomeTax.Data.Entities;
using Microsoft.EntityFrameworkCore;
using MtdIncomeTax.IntegrationTests.Infrastructure;

namespace MtdIncomeTax.IntegrationTests.Agents;

/// <summary>The practice's client list page: add, validate, refuse duplicates, search, filter, page and remove.</summary>
public sealed class ClientListTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Add_normalises_and_lists_client()
    {
        using var client = Agent();

        var response = await AgentPages.AddClientAsync(client, "  Sam Smith ", "aa 12 34 56 a", "tf34nt", "supporting");

        var page = AgentPages.Text(await AgentPages.FollowAsync(client, response));
        Assert.Contains("Sam Smith was added to your client list.", page);
        Assert.Contains("AA 12 34 56 A", page);
        Assert.Contains("TF3 4NT", page);
        Assert.Contains("Supporting agent", page);
        Assert.Contains("Not requested", page);
    }

    [Theory]
    [InlineData("", "AA123456A", "TF3 4NT", "Enter the client's name")]
    [InlineData("Sam", "", "TF3 4NT", "Enter the client's National Insurance number")]
    [InlineData("Sam", "AA12345", "TF3 4NT", "Enter a National Insurance number in the correct format")]
    [InlineData("Sam", "AA123456A", "", "Enter the client's postcode")]
    [InlineData("Sam", "AA123456A", "NOT A POSTCODE", "Enter a real UK postcode")]
    public async Task Add_rejects_invalid_field(string name, string nino, string postcode, string message)
    {
        using var client = Agent();

        var response = await AgentPages.AddClientAsync(client, name, nino, postcode);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, AgentPages.Text(await response.Content.ReadAsStringAsync()));
        Assert.DoesNotContain("Not requested (1)", AgentPages.Text(await client.GetStringAsync("/clients")));
    }

    [Fact]
    public async Task Add_rejects_name_over_200_characters()
    {
        using var client = Agent();

        var response = await AgentPages.AddClientAsync(client, new string('a', 201), "AA123456A", "TF3 4NT");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("200 characters or fewer", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Add_accepts_BFPO_postcode()
    {
        using var client = Agent();

        var response = await AgentPages.AddClientAsync(client, "Pat Forces", "AB123456C", "bfpo 105");

        Assert.Contains("BFPO 105", await AgentPages.FollowAsync(client, response));
    }

    [Fact]
    public async Task Add_refuses_duplicate_naming_existing()
    {
        using var client = Agent();
        await AgentPages.SeedClientAsync(client, "Sam Smith", "AA123456A", "TF3 4NT");

        var response = await AgentPages.AddClientAsync(client, "Samuel Smith", "AA 12 34 56 A", "TF3 4NT");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = AgentPages.Text(await response.Content.ReadAsStringAsync());
        Assert.Contains("National Insurance number AA 12 34 56 A is already on your client list, as Sam Smith", page);
        Assert.Contains("Not requested (1)", page);
    }

    [Fact]
    public async Task Search_matches_name_or_whole_NINO()
    {
        using var client = Agent();
        await AgentPages.SeedClientAsync(client, "Sam Smith", "AA123456A", "TF3 4NT");
        await AgentPages.SeedClientAsync(client, "Lee Jones", "AB123456C", "BN12 4XL");

        var byName = AgentPages.Text(await client.GetStringAsync("/clients?search=smi"));
        var byNino = AgentPages.Text(await client.GetStringAsync("/clients?search=ab%2012%2034%2056%20c"));

        Assert.Contains("Sam Smith", byName);
        Assert.DoesNotContain("Lee Jones", byName);
        Assert.Contains("Lee Jones", byNino);
        Assert.DoesNotContain("Sam Smith", byNino);
    }

    [Fact]
    public async Task Filter_by_status_shows_counts()
    {
        using var client = Agent();
        await AgentPages.SeedClientAsync(client, "Sam Smith", "AA123456A", "TF3 4NT");
        await AgentPages.SeedClientAsync(client, "Lee Jones", "AB123456C", "BN12 4XL");
        await SetStatusAsync("AB123456C", ClientRelationshipStatus.Authorised);

        var page = AgentPages.Text(await client.GetStringAsync("/clients?status=Authorised"));

        Assert.Contains("All (2)", page);
        Assert.Contains("Authorised (1)", page);
        Assert.Contains("Not requested (1)", page);
        Assert.Contains("Lee Jones", page);
        Assert.DoesNotContain("Sam Smith", page);
    }

    [Fact]
    public async Task Unknown_status_filter_is_ignored()
    {
        using var client = Agent();
        await AgentPages.SeedClientAsync(client, "Sam Smith", "AA123456A", "TF3 4NT");

        var response = await client.GetAsync("/clients?status=Happy");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = AgentPages.Text(await response.Content.ReadAsStringAsync());
        Assert.Contains("There is no client status called “Happy”, so all clients are shown.", page);
        Assert.Contains("Sam Smith", page);
        Assert.DoesNotContain("forms stop working", page);
    }

    [Fact]
    public async Task List_pages_fifty_clients_at_a_time()
    {
        using var client = Agent();
        var rows = Enumerable.Range(0, 51).Select(index => $"Client {index:D2},{Nino(index)},TF3 4NT");
        await AgentPages.ImportAsync(client, "name,nino,postcode\r\n" + string.Join("\r\n", rows));

        var first = AgentPages.Text(await client.GetStringAsync("/clients"));
        var second = AgentPages.Text(await client.GetStringAsync("/clients?page=2"));

        Assert.Contains("Page 1 of 2", first);
        Assert.Contains("Client 49", first);
        Assert.DoesNotContain("Client 50", first);
        Assert.Contains("Client 50", second);
    }

    [Fact]
    public async Task Pending_client_shows_expiry()
    {
        using var client = Agent();
        await AgentPages.SeedClientAsync(client, "Sam Smith", "AA123456A", "TF3 4NT");
        await SetStatusAsync("AA123456A", ClientRelationshipStatus.Pending, new DateTimeOffset(2026, 12, 25, 0, 0, 0, TimeSpan.Zero));

        var page = AgentPages.Text(await client.GetStringAsync("/clients"));

        Assert.Contains("Pending, expires 25 December 2026", page);
    }

    [Fact]
    public async Task Remove_asks_first_then_removes()
    {
        using var client = Agent();
        await AgentPages.SeedClientAsync(client, "Sam Smith", "AA123456A", "TF3 4NT");
        var id = await ClientIdAsync("AA123456A");

        var confirm = AgentPages.Text(await client.GetStringAsync($"/clients/{id}/remove"));
        var response = await AgentPages.PostFormAsync(client, $"/clients/{id}/remove", $"/clients/{id}/remove");

        Assert.Contains("Remove Sam Smith from your client list?", confirm);
        Assert.Contains("Sam Smith was removed from your client list.", AgentPages.Text(await AgentPages.FollowAsync(client, response)));
        Assert.Null(await ClientIdAsync("AA123456A"));
    }

    [Fact]
    public async Task Other_practice_client_is_not_found()
    {
        using var owner = Agent();
        await AgentPages.SeedClientAsync(owner, "Sam Smith", "AA123456A", "TF3 4NT");
        var id = await ClientIdAsync("AA123456A");
        var ownerPractice = _practice;
        using var stranger = Agent();

        var confirm = await stranger.GetAsync($"/clients/{id}/remove");
        var removal = await AgentPages.PostFormAsync(stranger, "/clients", $"/clients/{id}/remove");
        var detail = await stranger.GetAsync($"/clients/{id}");

        Assert.Equal(HttpStatusCode.NotFound, confirm.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, removal.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
        _practice = ownerPractice;
        Assert.NotNull(await ClientIdAsync("AA123456A"));
    }

    [Theory]
    [InlineData("business")]
    [InlineData("support")]
    public async Task Other_roles_are_forbidden(string role)
    {
        using var client = app.CreateClientFor("someone-" + role, role);

        var list = await client.GetAsync("/clients");
        var link = await client.GetAsync("/practice/connect");

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, link.StatusCode);
    }

    [Fact]
    public async Task Add_without_antiforgery_token_is_rejected()
    {
        using var client = Agent();

        var response = await client.PostAsync("/clients", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "Sam Smith", ["Nino"] = "AA123456A", ["Postcode"] = "TF3 4NT",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static string NewPractice() => "practice-" + Guid.NewGuid().ToString("N");

    private string _practice = "";

    // Each test works in a practice of its own, on the class's shared database.
    private HttpClient Agent()
    {
        _practice = NewPractice();
        return app.CreateClientFor("alex-" + Guid.NewGuid().ToString("N")[..8], "agent", _practice);
    }

    internal static string Nino(int index) => $"AA{index:D6}A";

    private async Task<Guid?> ClientIdAsync(string nino)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();
        return await db.AgentClients
            .Where(client => client.Nino == nino && client.Practice!.ExternalId == _practice)
            .Select(client => (Guid?)client.Id)
            .SingleOrDefaultAsync();
    }

    private async Task SetStatusAsync(string nino, ClientRelationshipStatus status, DateTimeOffset? expiresOn = null)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();
        await db.AgentClients.Where(client => client.Nino == nino && client.Practice!.ExternalId == _practice).ExecuteUpdateAsync(update => update
            .SetProperty(client => client.Status, status)
            .SetProperty(client => client.InvitationExpiresOn, expiresOn));
    }
}
