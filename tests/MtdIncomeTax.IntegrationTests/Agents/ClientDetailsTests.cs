using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MtdIncomeTax.Data;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores.Agents;
using MtdIncomeTax.IntegrationTests.Infrastructure;
using MtdIncomeTax.Web.Agents;

namespace MtdIncomeTax.IntegrationTests.Agents;

/// <summary>Correcting a client's name, postcode and agent type from the client's page.</summary>
public sealed class ClientDetailsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Client_page_links_to_change_details()
    {
        var (practice, id) = await ClientAsync(ClientRelationshipStatus.NotRequested);
        using var staff = practice.SignIn(app);

        var page = await staff.GetStringAsync($"/clients/{id}");
        var form = AgentPages.Text(await staff.GetStringAsync($"/clients/{id}/details"));

        Assert.Contains($"href=\"/clients/{id}/details\"", page);
        Assert.Contains("Change Sam Client's details", form);
        Assert.Contains("AA 12 34 56 A", form);
    }

    [Fact]
    public async Task Change_normalises_and_audits()
    {
        var (practice, id) = await ClientAsync(ClientRelationshipStatus.NotRequested);
        using var staff = practice.SignIn(app);

        var page = AgentPages.Text(await AgentPages.FollowAsync(staff, await ChangeAsync(staff, id, "  Sam Jones ", "bn124xl", "Supporting")));

        Assert.Contains("Sam Jones's details were changed.", page);
        var stored = await StoredAsync(id);
        Assert.Equal("Sam Jones", stored.Name);
        Assert.Equal("BN12 4XL", stored.Postcode);
        Assert.Equal(AgentType.Supporting, stored.AgentType);
        Assert.Equal("AA123456A", stored.Nino);
        var audit = await AuditAsync(practice);
        Assert.Equal(AuditEventKind.ClientDetailsChanged, audit.Kind);
        Assert.Equal($"Changed the name, postcode, agent type of client {id}; agent type now supporting agent", audit.Detail);
    }

    [Theory]
    [InlineData("", "TF3 4NT", "main", "Enter the client's name")]
    [InlineData("Sam Jones", "not a postcode", "main", "Enter a real UK postcode")]
    [InlineData("Sam Jones", "TF3 4NT", "occasional", "Choose main agent or supporting agent")]
    public async Task Invalid_details_change_nothing(string name, string postcode, string agentType, string message)
    {
        var (practice, id) = await ClientAsync(ClientRelationshipStatus.NotRequested);
        using var staff = practice.SignIn(app);

        var response = await ChangeAsync(staff, id, name, postcode, agentType);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, AgentPages.Text(await response.Content.ReadAsStringAsync()));
        var stored = await StoredAsync(id);
        Assert.Equal("Sam Client", stored.Name);
        Assert.Equal("TF3 4NT", stored.Postcode);
        Assert.Equal(AgentType.Main, stored.AgentType);
    }

    [Theory]
    [InlineData("BN12 4XL", "main")]
    [InlineData("TF3 4NT", "supporting")]
    public async Task Pending_request_keeps_postcode_and_type(string postcode, string agentType)
    {
        var (practice, id) = await ClientAsync(ClientRelationshipStatus.Pending);
        using var staff = practice.SignIn(app);

        var form = AgentPages.Text(await staff.GetStringAsync($"/clients/{id}/details"));
        var response = await ChangeAsync(staff, id, "Sam Jones", postcode, agentType);

        Assert.Contains("Cancel the request first", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(ClientDetailsService.PendingMessage, AgentPages.Text(await response.Content.ReadAsStringAsync()));
        var stored = await StoredAsync(id);
        Assert.Equal("Sam Client", stored.Name);
        Assert.Equal("TF3 4NT", stored.Postcode);
        Assert.Equal(AgentType.Main, stored.AgentType);
        Assert.Equal(ClientRelationshipStatus.Pending, stored.Status);
    }

    [Fact]
    public async Task Pending_request_allows_name_change()
    {
        var (practice, id) = await ClientAsync(ClientRelationshipStatus.Pending);
        using var staff = practice.SignIn(app);

        await AgentPages.FollowAsync(staff, await ChangeAsync(staff, id, "Sam Jones", "TF3 4NT", "main"));

        var stored = await StoredAsync(id);
        Assert.Equal("Sam Jones", stored.Name);
        Assert.Equal(ClientRelationshipStatus.Pending, stored.Status);
    }

    [Fact]
    public async Task Type_change_of_authorised_client_needs_new_request()
    {
        var (practice, id) = await ClientAsync(ClientRelationshipStatus.Authorised);
        using var staff = practice.SignIn(app);

        var form = AgentPages.Text(await staff.GetStringAsync($"/clients/{id}/details"));
        var page = AgentPages.Text(await AgentPages.FollowAsync(staff, await ChangeAsync(staff, id, "Sam Client", "TF3 4NT", "supporting")));

        Assert.Contains("If you change it, the status becomes Not requested", form);
        Assert.Contains("The status is now not requested: ask the client for authorisation as their supporting agent.", page);
        Assert.Contains("Request authorisation", page);
        var stored = await StoredAsync(id);
        Assert.Equal(AgentType.Supporting, stored.AgentType);
        Assert.Equal(ClientRelationshipStatus.NotRequested, stored.Status);
        Assert.EndsWith("status Authorised to NotRequested", (await AuditAsync(practice)).Detail);
    }

    [Fact]
    public async Task Postcode_change_clears_mismatch_reason()
    {
        var (practice, id) = await ClientAsync(ClientRelationshipStatus.NeedsAttention, AgentClientStatusService.PostcodeMismatchReason);
        using var staff = practice.SignIn(app);

        var page = AgentPages.Text(await AgentPages.FollowAsync(staff, await ChangeAsync(staff, id, "Sam Client", "BN12 4XL", "main")));

        Assert.Contains("Check the relationship to ask HMRC again with the new postcode.", page);
        Assert.DoesNotContain("HMRC holds a different postcode", page);
        var stored = await StoredAsync(id);
        Assert.Equal("BN12 4XL", stored.Postcode);
        Assert.Null(stored.StatusReason);
    }

    [Fact]
    public async Task Unchanged_details_record_nothing()
    {
        var (practice, id) = await ClientAsync(ClientRelationshipStatus.NotRequested);
        using var staff = practice.SignIn(app);

        var page = AgentPages.Text(await AgentPages.FollowAsync(staff, await ChangeAsync(staff, id, "Sam Client", "tf3 4nt", "main")));

        Assert.Contains("Nothing changed", page);
        Assert.Null(await AuditOrNullAsync(practice));
    }

    [Fact]
    public async Task Other_practice_client_not_found()
    {
        var (_, id) = await ClientAsync(ClientRelationshipStatus.NotRequested);
        var (other, _) = await ClientAsync(ClientRelationshipStatus.NotRequested);
        using var stranger = other.SignIn(app);

        var form = await stranger.GetAsync($"/clients/{id}/details");
        var change = await ChangeAsync(stranger, id, "Somebody Else", "TF3 4NT", "main");

        Assert.Equal(HttpStatusCode.NotFound, form.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, change.StatusCode);
        Assert.Contains("Client not found", await change.Content.ReadAsStringAsync());
        Assert.Equal("Sam Client", (await StoredAsync(id)).Name);
    }

    private async Task<(TestPractice Practice, Guid Id)> ClientAsync(ClientRelationshipStatus status, string? reason = null)
    {
        var practice = await TestPractice.CreateAsync(app, [new NewAgentClient("Sam Client", "AA123456A", "TF3 4NT", AgentType.Main)]);
        var id = practice.ClientIds[0];
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<AgentClientStore>().UpdateAsync(practice.PracticeId, id, row =>
        {
            row.Status = status;
            row.StatusReason = reason;
            return true;
        }, CancellationToken.None);
        return (practice, id);
    }

    private static Task<HttpResponseMessage> ChangeAsync(HttpClient staff, Guid id, string name, string postcode, string agentType) =>
        AgentPages.PostFormAsync(staff, "/clients", $"/clients/{id}/details", new Dictionary<string, string>
        {
            ["Name"] = name,
            ["Postcode"] = postcode,
            ["AgentType"] = agentType,
        });

    private Task<AgentClient> StoredAsync(Guid id) =>
        QueryAsync(db => db.AgentClients.AsNoTracking().SingleAsync(row => row.Id == id));

    private async Task<AuditEvent> AuditAsync(TestPractice practice) => (await AuditOrNullAsync(practice))!;

    private Task<AuditEvent?> AuditOrNullAsync(TestPractice practice) =>
        QueryAsync(db => db.AuditEvents.AsNoTracking()
            .SingleOrDefaultAsync(audit => audit.ActorUserId == practice.UserId && audit.Kind == AuditEventKind.ClientDetailsChanged));

    private async Task<T> QueryAsync<T>(Func<MtdIncomeTaxDbContext, Task<T>> query)
    {
        using var scope = app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>());
    }
}
