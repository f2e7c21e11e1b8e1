using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MtdIncomeTax.Data;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.IntegrationTests.Infrastructure;
using MtdIncomeTax.Web.Controllers;

namespace MtdIncomeTax.IntegrationTests.Agents;

/// <summary>Linking an agent practice: the ARN, the agent scopes, and the account check after the grant.</summary>
public sealed class PracticeLinkTests(AppFactory app) : IClassFixture<AppFactory>, IDisposable
{
    private readonly string _practice = "practice-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Link_asks_for_agent_scopes_and_keeps_ARN()
    {
        app.Hmrc.TokenEndpointIssues();
        app.Hmrc.InvitationsListed();
        using var client = Staff("alex");

        var (authorizeUrl, query) = await StartAsync(client, " aarn 123 4567 ");
        var callback = await CallbackAsync(client, query["state"]);
        var home = AgentPages.Text(await client.GetStringAsync(callback.Headers.Location));

        Assert.StartsWith(AppFactory.AuthorizeEndpoint, authorizeUrl.ToString());
        Assert.Equal(
            "read:self-assessment write:self-assessment read:sent-invitations write:sent-invitations write:cancel-invitations read:check-relationship write:relationships",
            query["scope"]);
        Assert.Equal("/practice", callback.Headers.Location?.OriginalString);
        Assert.Contains("Your practice is linked to HMRC", home);
        var (connection, practice) = await PracticeAsync();
        Assert.Equal(ConnectionKind.AgentPractice, connection!.Kind);
        Assert.Equal(ConnectionStatus.Active, connection.Status);
        Assert.Equal("AARN1234567", connection.Arn);
        Assert.Equal("AARN1234567", practice.Arn);
        Assert.Single(app.Hmrc.LogEntries, entry => entry.RequestMessage.Path == "/agents/AARN1234567/invitations");
        Assert.True(await AuditedAsync(connection.Id, AuditEventKind.AgentAccountChecked));
    }

    [Theory]
    [InlineData("", "Enter your practice's agent reference number")]
    [InlineData("ARN123", "Enter an agent reference number in the correct format")]
    public async Task Invalid_ARN_is_rejected(string arn, string message)
    {
        using var client = Staff("alex");

        var response = await AgentPages.PostFormAsync(client, "/practice/connect", "/practice/connect", new() { ["arn"] = arn });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, AgentPages.Text(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Link_page_names_account_and_prefills_ARN()
    {
        app.Hmrc.TokenEndpointIssues();
        app.Hmrc.InvitationsListed();
        using var client = Staff("alex");
        var (_, query) = await StartAsync(client, "AARN1234567");
        await CallbackAsync(client, query["state"]);

        var page = AgentPages.Text(await client.GetStringAsync("/practice/connect"));

        Assert.Contains("user ID of your practice's agent services account", page);
        Assert.Contains("Do not use a personal or business Government Gateway user ID", page);
        Assert.Contains("value=\"AARN1234567\"", await client.GetStringAsync("/practice/connect"));
    }

    [Theory]
    [InlineData("NOT_AN_AGENT")]
    [InlineData("AGENT_NOT_SUBSCRIBED")]
    public async Task Non_agent_account_ends_grant(string code)
    {
        app.Hmrc.TokenEndpointIssues();
        app.Hmrc.AgentCallFails("GET", "/agents/AARN1234567/invitations", 403, code);
        using var client = Staff("alex");
        var (_, query) = await StartAsync(client, "AARN1234567");

        var callback = await CallbackAsync(client, query["state"]);
        var page = AgentPages.Text(await client.GetStringAsync(callback.Headers.Location));

        Assert.Equal("/practice/account-check", callback.Headers.Location?.OriginalString);
        Assert.Contains("Link again with your agent services account", page);
        Assert.Contains("is not an agent services account", page);
        var (connection, _) = await PracticeAsync();
        Assert.Equal(ConnectionStatus.NeedsReauthorisation, connection!.Status);
        Assert.Null(connection.ProtectedAccessToken);
        Assert.Contains("not an agent services account", connection.LastRefreshOutcome);
        Assert.Contains("Needs reconnecting", AgentPages.Text(await client.GetStringAsync("/practice")));
    }

    [Fact]
    public async Task Wrong_ARN_offers_correction_and_checks_again()
    {
        app.Hmrc.TokenEndpointIssues();
        app.Hmrc.AgentCallFails("GET", "/agents/BARN7654321/invitations", 403, "NO_PERMISSION_ON_AGENCY");
        app.Hmrc.InvitationsListed();
        using var client = Staff("alex");
        var (_, query) = await StartAsync(client, "BARN7654321");

        var callback = await CallbackAsync(client, query["state"]);
        var page = await client.GetStringAsync(callback.Headers.Location);
        var correction = await AgentPages.PostFormAsync(client, "/practice", "/practice/arn", new() { ["arn"] = "AARN1234567" });

        Assert.Contains("Check your agent reference number", AgentPages.Text(page));
        Assert.Contains("action=\"/practice/arn\"", page);
        Assert.Equal("/practice", correction.Headers.Location?.OriginalString);
        var (connection, practice) = await PracticeAsync();
        Assert.Equal(ConnectionStatus.Active, connection!.Status);
        Assert.Equal("AARN1234567", connection.Arn);
        Assert.Equal("AARN1234567", practice.Arn);
    }

    [Fact]
    public async Task Invalid_ARN_correction_names_only_format()
    {
        app.Hmrc.TokenEndpointIssues();
        app.Hmrc.AgentCallFails("GET", "/agents/BARN7654321/invitations", 403, "NO_PERMISSION_ON_AGENCY");
        using var client = Staff("alex");
        var (_, query) = await StartAsync(client, "BARN7654321");
        var callback = await CallbackAsync(client, query["state"]);
        await client.GetStringAsync(callback.Headers.Location);

        var response = await AgentPages.PostFormAsync(client, "/practice", "/practice/arn", new() { ["arn"] = "my arn 99" });
        var html = await response.Content.ReadAsStringAsync();
        var page = AgentPages.Text(html);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(PracticeController.ArnFormatMessage, page);
        Assert.Contains("HMRC says the agent reference number BARN7654321 does not belong", page);
        Assert.DoesNotContain("HMRC says the agent reference number my arn 99", page);
        Assert.Contains("value=\"my arn 99\"", html);
        var (connection, _) = await PracticeAsync();
        Assert.Equal("BARN7654321", connection!.Arn);
    }

    [Fact]
    public async Task HMRC_failure_keeps_link_with_message()
    {
        app.Hmrc.TokenEndpointIssues();
        app.Hmrc.AgentCallFails("GET", "/agents/AARN1234567/invitations", 500, "INTERNAL_SERVER_ERROR");
        using var client = Staff("alex");
        var (_, query) = await StartAsync(client, "AARN1234567");

        var callback = await CallbackAsync(client, query["state"]);
        var response = await client.GetAsync(callback.Headers.Location);

        Assert.Contains("HMRC could not confirm the agent services account just now", AgentPages.Text(await response.Content.ReadAsStringAsync()));
        var (connection, _) = await PracticeAsync();
        Assert.Equal(ConnectionStatus.Active, connection!.Status);
    }

    [Fact]
    public async Task Second_staff_member_relinks_same_row()
    {
        app.Hmrc.TokenEndpointIssues();
        app.Hmrc.InvitationsListed();
        using var alex = Staff("alex");
        using var jo = Staff("jo");
        var (_, first) = await StartAsync(alex, "AARN1234567");
        await CallbackAsync(alex, first["state"]);
        var (before, _) = await PracticeAsync();

        var (_, second) = await StartAsync(jo, "AARN1234567");
        await CallbackAsync(jo, second["state"]);

        var (after, _) = await PracticeAsync();
        Assert.Equal(before!.Id, after!.Id);
        Assert.NotEqual(before.OwnerUserId, after.OwnerUserId);
        Assert.Equal(ConnectionStatus.Active, after.Status);
    }

    [Fact]
    public async Task Support_pages_name_the_practice()
    {
        app.Hmrc.TokenEndpointIssues();
        app.Hmrc.InvitationsListed();
        using var alex = Staff("alex");
        var (_, query) = await StartAsync(alex, "AARN1234567");
        await CallbackAsync(alex, query["state"]);
        var (connection, _) = await PracticeAsync();
        using var support = app.CreateClientFor("casey", "support");

        var list = AgentPages.Text(await support.GetStringAsync($"/support/connections?search=alex-{_practice}"));
        var detail = AgentPages.Text(await support.GetStringAsync($"/support/connections/{connection!.Id}"));

        Assert.Contains($"Practice {_practice} Linked last by Test alex-{_practice}", list);
        Assert.Contains($"Agent practice Practice {_practice}", detail);
    }

    [Fact]
    public async Task Home_takes_agent_to_practice()
    {
        using var client = Staff("alex");

        var response = await client.GetAsync("/");

        Assert.Equal("/practice", response.Headers.Location?.OriginalString);
        Assert.Contains("not linked to HMRC yet", AgentPages.Text(await client.GetStringAsync("/practice")));
    }

    [Fact]
    public async Task Business_link_still_works_beside_agents()
    {
        app.Hmrc.TokenEndpointIssues();
        app.Hmrc.BusinessesListed("AA123456A");
        using var client = app.CreateClientFor("business-" + Guid.NewGuid().ToString("N"));

        var (_, query) = await LinkJourney.StartAsync(client);
        var callback = await LinkJourney.CallbackAsync(client, $"code=code-1&state={query["state"]}");

        Assert.Equal("read:self-assessment write:self-assessment", query["scope"]);
        Assert.Equal("/dashboard", callback.Headers.Location?.OriginalString);
    }

    public void Dispose() => app.Hmrc.Reset();

    private HttpClient Staff(string name) => app.CreateClientFor(name + "-" + _practice, "agent", _practice);

    private static async Task<(Uri Url, Dictionary<string, string> Query)> StartAsync(HttpClient client, string arn)
    {
        var response = await AgentPages.PostFormAsync(client, "/practice/connect", "/practice/connect", new() { ["arn"] = arn });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        return (location, QueryHelpers.ParseQuery(location.Query).ToDictionary(pair => pair.Key, pair => pair.Value.ToString()));
    }

    private static async Task<HttpResponseMessage> CallbackAsync(HttpClient client, string state)
    {
        var response = await client.GetAsync($"/hmrc/callback?code=code-1&state={state}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }

    private async Task<(HmrcConnection? Connection, AgentPractice Practice)> PracticeAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();
        var practice = await db.AgentPractices.AsNoTracking().SingleAsync(row => row.ExternalId == _practice);
        var connection = await db.HmrcConnections.AsNoTracking().SingleOrDefaultAsync(row => row.PracticeId == practice.Id);
        return (connection, practice);
    }

    private async Task<bool> AuditedAsync(Guid connectionId, AuditEventKind kind)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();
        return await db.AuditEvents.AnyAsync(audit => audit.ConnectionId == connectionId && audit.Kind == kind);
    }
}
