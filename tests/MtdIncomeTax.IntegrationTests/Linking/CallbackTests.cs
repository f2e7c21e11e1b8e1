using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MtdIncomeTax.Data;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Hmrc.OAuth;
using MtdIncomeTax.IntegrationTests.Infrastructure;

namespace MtdIncomeTax.IntegrationTests.Linking;

public sealed class CallbackTests(AppFactory app) : IClassFixture<AppFactory>, IDisposable
{
    private readonly string _user = "user-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Granted_callback_stores_connection()
    {
        app.Hmrc.TokenEndpointIssues();
        app.Hmrc.BusinessesListed("AA123456A");
        using var client = app.CreateClientFor(_user);
        var (_, query) = await LinkJourney.StartAsync(client, "aa 12 34 56 a");

        var callback = await LinkJourney.CallbackAsync(client, $"code=code-123&state={query["state"]}");
        var dashboard = await client.GetStringAsync(callback.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.Equal("/dashboard", callback.Headers.Location?.OriginalString);
        Assert.Contains("You are connected to HMRC", dashboard);
        Assert.Contains("Sam&#x27;s Plastering", dashboard);
        Assert.Contains("UK property", dashboard);
        Assert.Contains("XPIS12345678902", dashboard);

        var connection = await ConnectionOfAsync(_user);
        Assert.NotNull(connection);
        Assert.Equal("AA123456A", connection.Nino);
        Assert.Equal(ConnectionStatus.Active, connection.Status);
        Assert.Equal("read:self-assessment write:self-assessment", connection.Scopes);
        Assert.Equal(connection.GrantedAt + TimeSpan.FromDays(547), connection.GrantExpiresAt);
        Assert.Equal(connection.GrantedAt + TimeSpan.FromHours(4), connection.AccessTokenExpiresAt);
        Assert.DoesNotContain(HmrcStubs.AccessToken, connection.ProtectedAccessToken);
        Assert.DoesNotContain(HmrcStubs.RefreshToken, connection.ProtectedRefreshToken);
    }

    [Fact]
    public async Task Code_exchange_uses_form_body()
    {
        app.Hmrc.TokenEndpointIssues();
        using var client = app.CreateClientFor(_user);
        var (_, query) = await LinkJourney.StartAsync(client);

        await LinkJourney.CallbackAsync(client, $"code=code-456&state={query["state"]}");

        var request = Assert.Single(app.Hmrc.TokenRequests());
        var form = HmrcStubs.FormOf(request);
        Assert.Equal("authorization_code", form["grant_type"]);
        Assert.Equal("code-456", form["code"]);
        Assert.Equal(AppFactory.ClientId, form["client_id"]);
        Assert.Equal(AppFactory.ClientSecret, form["client_secret"]);
        Assert.Equal(AppFactory.RedirectUri, form["redirect_uri"]);
        Assert.Equal(query["redirect_uri"], form["redirect_uri"]);
        Assert.Equal(query["code_challenge"], PkcePair.ChallengeFor(form["code_verifier"]));
        Assert.False(request.RequestMessage.Headers?.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task Denied_callback_changes_nothing()
    {
        using var client = app.CreateClientFor(_user);
        var (_, query) = await LinkJourney.StartAsync(client);

        var response = await LinkJourney.CallbackAsync(client,
            $"error=access_denied&error_description=user+denied+the+authorization&error_code=USER_DENIED_AUTHORIZATION&state={query["state"]}");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("You did not grant authority", page);
        Assert.Contains("Nothing has changed", page);
        Assert.Contains("href=\"/connect\"", page);
        Assert.Empty(app.Hmrc.TokenRequests());
        Assert.Null(await ConnectionOfAsync(_user));
    }

    [Theory]
    [InlineData("code=code-1")]
    [InlineData("code=code-1&state=")]
    [InlineData("code=code-1&state=never-issued")]
    public async Task Unknown_state_is_rejected(string query)
    {
        app.Hmrc.TokenEndpointIssues();
        using var client = app.CreateClientFor(_user);
        await LinkJourney.StartAsync(client);

        var response = await LinkJourney.CallbackAsync(client, query);

        await AssertRejectedAsync(response, "We could not check this answer from HMRC");
    }

    [Fact]
    public async Task Expired_state_is_rejected()
    {
        app.Hmrc.TokenEndpointIssues();
        using var client = app.CreateClientFor(_user);
        var (_, query) = await LinkJourney.StartAsync(client);
        app.Time.Advance(TimeSpan.FromMinutes(11));

        var response = await LinkJourney.CallbackAsync(client, $"code=code-1&state={query["state"]}");

        await AssertRejectedAsync(response, "This link to HMRC has expired");
        Assert.Contains("more than 10 minutes", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Reused_state_is_rejected()
    {
        app.Hmrc.TokenEndpointIssues();
        using var client = app.CreateClientFor(_user);
        var (_, query) = await LinkJourney.StartAsync(client);
        await LinkJourney.CallbackAsync(client, $"error=access_denied&state={query["state"]}");

        var response = await LinkJourney.CallbackAsync(client, $"code=code-1&state={query["state"]}");

        await AssertRejectedAsync(response, "This link to HMRC has already been used");
    }

    [Fact]
    public async Task Another_users_state_is_rejected()
    {
        app.Hmrc.TokenEndpointIssues();
        using var owner = app.CreateClientFor(_user);
        using var stranger = app.CreateClientFor(_user + "-other");
        var (_, query) = await LinkJourney.StartAsync(owner);

        var response = await LinkJourney.CallbackAsync(stranger, $"code=code-1&state={query["state"]}");

        await AssertRejectedAsync(response, "This link to HMRC was started by someone else");
        Assert.Null(await ConnectionOfAsync(_user + "-other"));
    }

    [Theory]
    [InlineData(400, "invalid_request", "HMRC did not accept the connection")]
    [InlineData(401, "invalid_client", "HMRC did not accept the connection")]
    [InlineData(500, "server_error", "We could not reach HMRC")]
    public async Task Token_endpoint_error_stores_nothing(int status, string error, string heading)
    {
        app.Hmrc.TokenEndpointFails(status, error);
        using var client = app.CreateClientFor(_user);
        var (_, query) = await LinkJourney.StartAsync(client);

        var response = await LinkJourney.CallbackAsync(client, $"code=code-1&state={query["state"]}");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains(heading, page);
        Assert.Contains("Nothing was stored", page);
        Assert.Single(app.Hmrc.TokenRequests());
        Assert.Null(await ConnectionOfAsync(_user));
    }

    [Fact]
    public async Task Reloaded_callback_after_linking_shows_the_dashboard()
    {
        app.Hmrc.TokenEndpointIssues();
        using var client = app.CreateClientFor(_user);
        var (_, query) = await LinkJourney.StartAsync(client);
        await LinkJourney.CallbackAsync(client, $"code=code-1&state={query["state"]}");

        var reload = await LinkJourney.CallbackAsync(client, $"code=code-1&state={query["state"]}");

        Assert.Equal(HttpStatusCode.Redirect, reload.StatusCode);
        Assert.Equal("/dashboard", reload.Headers.Location?.OriginalString);
        Assert.Single(app.Hmrc.TokenRequests());
    }

    [Fact]
    public async Task Result_page_without_an_outcome_returns_to_connect()
    {
        using var client = app.CreateClientFor(_user);

        var response = await client.GetAsync("/connect/result");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/connect", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Failed_relink_keeps_the_existing_connection()
    {
        app.Hmrc.TokenEndpointIssues();
        using var client = app.CreateClientFor(_user);
        var (_, first) = await LinkJourney.StartAsync(client);
        await LinkJourney.CallbackAsync(client, $"code=code-1&state={first["state"]}");
        var before = await ConnectionOfAsync(_user);
        app.Hmrc.Reset();
        app.Hmrc.TokenEndpointFails(400, "invalid_request");

        var (_, second) = await LinkJourney.StartAsync(client);
        await LinkJourney.CallbackAsync(client, $"code=code-2&state={second["state"]}");

        var after = await ConnectionOfAsync(_user);
        Assert.NotNull(after);
        Assert.Equal(before?.ProtectedRefreshToken, after.ProtectedRefreshToken);
        Assert.Equal(ConnectionStatus.Active, after.Status);
    }

    [Fact]
    public async Task Relinking_replaces_the_grant()
    {
        using var client = app.CreateClientFor(_user);
        app.Hmrc.TokenEndpointIssues("access-first-0001", "refresh-first-0001");
        var (_, first) = await LinkJourney.StartAsync(client);
        await LinkJourney.CallbackAsync(client, $"code=code-1&state={first["state"]}");
        var original = await ConnectionOfAsync(_user);
        app.Hmrc.Reset();
        app.Hmrc.TokenEndpointIssues("access-second-0002", "refresh-second-0002");
        app.Time.Advance(TimeSpan.FromMinutes(1));

        var (_, second) = await LinkJourney.StartAsync(client, "AB123456C");
        await LinkJourney.CallbackAsync(client, $"code=code-2&state={second["state"]}");

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();
        var connections = await db.HmrcConnections.Where(c => c.Owner!.Subject == _user).ToListAsync();
        var replaced = Assert.Single(connections);
        Assert.Equal(original?.Id, replaced.Id);
        Assert.Equal("AB123456C", replaced.Nino);
        Assert.True(replaced.GrantedAt > original?.GrantedAt);
        Assert.NotEqual(original?.ProtectedAccessToken, replaced.ProtectedAccessToken);
    }

    public void Dispose() => app.Hmrc.Reset();

    private async Task AssertRejectedAsync(HttpResponseMessage response, string heading)
    {
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(heading, page);
        Assert.Contains("Nothing has changed", page);
        Assert.Empty(app.Hmrc.TokenRequests());
        Assert.Null(await ConnectionOfAsync(_user));
    }

    private async Task<HmrcConnection?> ConnectionOfAsync(string subject)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();
        return await db.HmrcConnections.AsNoTracking().SingleOrDefaultAsync(c => c.Owner!.Subject == subject);
    }
}
