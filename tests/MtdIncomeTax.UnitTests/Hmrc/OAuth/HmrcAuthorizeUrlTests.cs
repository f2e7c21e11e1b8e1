using Microsoft.AspNetCore.WebUtilities;
using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Hmrc.OAuth;

namespace MtdIncomeTax.UnitTests.Hmrc.OAuth;

public sealed class HmrcAuthorizeUrlTests
{
    private static readonly HmrcOptions Options = new()
    {
        Environment = "Sandbox",
        AuthorizeEndpoint = "https://test-www.tax.service.gov.uk/oauth/authorize",
        TokenEndpoint = "https://test-api.service.hmrc.gov.uk/oauth/token",
        ApiBaseAddress = "https://test-api.service.hmrc.gov.uk",
        ClientId = "client-id-123",
        ClientSecret = "client-secret-must-not-appear",
        RedirectUri = "https://app.example.test/hmrc/callback?tenant=a b",
    };

    [Fact]
    public void Url_targets_the_configured_authorize_endpoint()
    {
        var url = new Uri(Create());

        Assert.Equal("https://test-www.tax.service.gov.uk/oauth/authorize", url.GetLeftPart(UriPartial.Path));
    }

    [Fact]
    public void Url_carries_every_parameter_HMRC_expects()
    {
        var query = QueryOf(Create());

        Assert.Equal("code", query["response_type"]);
        Assert.Equal("client-id-123", query["client_id"]);
        Assert.Equal("read:self-assessment write:self-assessment", query["scope"]);
        Assert.Equal("state-value", query["state"]);
        Assert.Equal("https://app.example.test/hmrc/callback?tenant=a b", query["redirect_uri"]);
        Assert.Equal("challenge-value", query["code_challenge"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Equal(7, query.Count);
    }

    [Fact]
    public void Url_percent_encodes_scopes_and_redirect_uri()
    {
        var rawQuery = new Uri(Create()).Query;

        Assert.Contains("scope=read%3Aself-assessment%20write%3Aself-assessment", rawQuery);
        Assert.Contains("redirect_uri=https%3A%2F%2Fapp.example.test%2Fhmrc%2Fcallback%3Ftenant%3Da%20b", rawQuery);
    }

    [Fact]
    public void Url_never_contains_the_client_secret()
    {
        var url = Create();

        Assert.DoesNotContain("client_secret", url);
        Assert.DoesNotContain(Options.ClientSecret, url);
    }

    [Theory]
    [InlineData("", "state", "challenge")]
    [InlineData("scope", "", "challenge")]
    [InlineData("scope", "state", " ")]
    public void Url_requires_scope_state_and_challenge(string scopes, string state, string challenge) =>
        Assert.ThrowsAny<ArgumentException>(() => HmrcAuthorizeUrl.Create(Options, scopes, state, challenge));

    private static string Create() =>
        HmrcAuthorizeUrl.Create(Options, HmrcDefaults.BusinessScopes, "state-value", "challenge-value");

    private static Dictionary<string, string?> QueryOf(string url) =>
        QueryHelpers.ParseQuery(new Uri(url).Query).ToDictionary(pair => pair.Key, pair => (string?)pair.Value.ToString());
}
