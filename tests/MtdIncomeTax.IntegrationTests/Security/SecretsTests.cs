using MtdIncomeTax.IntegrationTests.Infrastructure;

namespace MtdIncomeTax.IntegrationTests.Security;

public sealed class SecretsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Secrets_stay_out_of_logs_and_database()
    {
        const string Code = "auth-code-7d1f0c2a9b";
        app.Hmrc.TokenEndpointIssues();
        app.Hmrc.BusinessesListed("AA123456A");
        using var client = app.CreateClientFor("secrets-user");
        var (_, query) = await LinkJourney.StartAsync(client);
        var callback = await LinkJourney.CallbackAsync(client, $"code={Code}&state={query["state"]}");
        var dashboard = await client.GetStringAsync("/dashboard");
        var verifier = HmrcStubs.FormOf(Assert.Single(app.Hmrc.TokenRequests()))["code_verifier"];

        var secrets = new[] { HmrcStubs.AccessToken, HmrcStubs.RefreshToken, Code, verifier, AppFactory.ClientSecret };
        var database = app.ReadDatabaseFileText();

        Assert.Contains("Sam&#x27;s Plastering", dashboard);
        Assert.NotEmpty(app.Logs.Lines);
        Assert.True(database.Length > 0);
        foreach (var secret in secrets)
        {
            Assert.False(app.Logs.Contains(secret), $"A log line contains the secret {secret[..4]}…");
            Assert.DoesNotContain(secret, database);
            Assert.DoesNotContain(secret, dashboard);
        }
    }
}
