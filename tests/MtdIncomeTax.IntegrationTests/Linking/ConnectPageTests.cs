using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MtdIncomeTax.Data;
using MtdIncomeTax.IntegrationTests.Infrastructure;

namespace MtdIncomeTax.IntegrationTests.Linking;

public sealed class ConnectPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private readonly string _user = "user-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Page_explains_the_journey()
    {
        using var client = app.CreateClientFor(_user);

        var page = await client.GetStringAsync("/connect");

        Assert.Contains("Government Gateway user ID", page);
        Assert.Contains("2-step verification", page);
        Assert.Contains("confirm your identity", page);
        Assert.Contains("agent services account", page);
        Assert.Contains("https://www.gov.uk/guidance/sign-up-your-business-for-making-tax-digital-for-income-tax", page);
        Assert.Contains("Partners in a business partnership only sign up if they also have other qualifying income", page);
        Assert.Contains("<label class=\"label\" for=\"nino\">National Insurance number</label>", page);
    }

    [Fact]
    public async Task Valid_NINO_redirects_to_HMRC()
    {
        using var client = app.CreateClientFor(_user);

        var (url, query) = await LinkJourney.StartAsync(client, " aa123456a ");

        Assert.StartsWith(AppFactory.AuthorizeEndpoint + "?", url.ToString());
        Assert.Equal("code", query["response_type"]);
        Assert.Equal(AppFactory.RedirectUri, query["redirect_uri"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.True(query["state"].Length >= 43);
        Assert.DoesNotContain(AppFactory.ClientSecret, url.ToString());
    }

    [Fact]
    public async Task Each_start_gets_a_new_state()
    {
        using var client = app.CreateClientFor(_user);

        var (_, first) = await LinkJourney.StartAsync(client);
        var (_, second) = await LinkJourney.StartAsync(client);

        Assert.NotEqual(first["state"], second["state"]);
        Assert.NotEqual(first["code_challenge"], second["code_challenge"]);
    }

    [Theory]
    [InlineData("", "Enter your National Insurance number")]
    [InlineData("QQ123456C", "Enter a National Insurance number in the correct format")]
    [InlineData("AA123456", "Enter a National Insurance number in the correct format")]
    public async Task Invalid_NINO_is_explained_and_starts_nothing(string nino, string message)
    {
        using var client = app.CreateClientFor(_user);

        var response = await LinkJourney.PostConnectAsync(client, nino);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("There is a problem", page);
        Assert.Contains(message, page);
        Assert.Contains(nino.Length == 0 ? "id=\"nino\"" : $"value=\"{nino}\"", page);
        Assert.Equal(0, await AttemptCountAsync());
    }

    [Fact]
    public async Task Post_without_antiforgery_token_is_rejected()
    {
        using var client = app.CreateClientFor(_user);

        var response = await client.PostAsync("/connect", new FormUrlEncodedContent(new Dictionary<string, string> { ["nino"] = "AA123456A" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await AttemptCountAsync());
    }

    [Theory]
    [InlineData("agent")]
    [InlineData("support")]
    public async Task Other_roles_cannot_link_a_business(string role)
    {
        using var client = app.CreateClientFor(_user, role);

        var response = await client.GetAsync("/connect");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<int> AttemptCountAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();
        var userId = await db.Users.Where(user => user.Subject == _user).Select(user => user.Id).SingleAsync();
        return await db.AuthorisationAttempts.CountAsync(attempt => attempt.UserId == userId);
    }
}
