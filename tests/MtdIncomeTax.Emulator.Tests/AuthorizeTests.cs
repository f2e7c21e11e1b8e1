using System.Net;
using System.Net.Http.Headers;

namespace MtdIncomeTax.Emulator.Tests;

public sealed class AuthorizeTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly Hmrc _hmrc = new(fixture.Host);

    [Fact]
    public Task Authorize_without_response_type_is_rejected() =>
        AssertRejectedAsync(p => p.Remove("response_type"), "invalid_request");

    [Fact]
    public Task Authorize_with_token_response_type_is_unsupported() =>
        AssertRejectedAsync(p => p["response_type"] = "token", "unsupported_response_type");

    [Fact]
    public Task Authorize_without_client_id_is_rejected() =>
        AssertRejectedAsync(p => p.Remove("client_id"), "invalid_request");

    [Fact]
    public Task Authorize_with_unknown_client_id_is_rejected() =>
        AssertRejectedAsync(p => p["client_id"] = "no-such-client", "invalid_request");

    [Fact]
    public Task Authorize_without_redirect_uri_is_rejected() =>
        AssertRejectedAsync(p => p.Remove("redirect_uri"), "invalid_request");

    [Theory]
    [InlineData("http://localhost:5001/hmrc/callback")]
    [InlineData("http://localhost:5001/hmrc/callback?source=emulator-tests&extra=1")]
    [InlineData("http://localhost:6001/callback")]
    [InlineData("https://attacker.example.test/callback")]
    public Task Authorize_with_unregistered_redirect_uri_is_rejected(string redirectUri) =>
        AssertRejectedAsync(p => p["redirect_uri"] = redirectUri, "invalid_request");

    [Fact]
    public Task Authorize_without_scope_is_rejected() =>
        AssertRejectedAsync(p => p.Remove("scope"), "invalid_request");

    [Fact]
    public Task Authorize_with_unknown_scope_is_rejected() =>
        AssertRejectedAsync(p => p["scope"] = "read:self-assessment read:everything", "invalid_scope");

    [Fact]
    public Task Authorize_with_client_secret_is_rejected() =>
        AssertRejectedAsync(p => p["client_secret"] = fixture.Host.ClientSecret, "invalid_request");

    [Theory]
    [InlineData("", "S256")]
    [InlineData("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", "plain")]
    [InlineData("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", null)]
    [InlineData(null, "S256")]
    public Task Authorize_with_invalid_pkce_is_rejected(string? challenge, string? method) =>
        AssertRejectedAsync(
            p =>
            {
                p["code_challenge"] = challenge;
                p["code_challenge_method"] = method;
            },
            "invalid_request");

    [Fact]
    public async Task Authorize_error_page_for_browsers()
    {
        var parameters = Hmrc.ValidAuthorizeParameters();
        parameters["scope"] = "read:everything";
        var request = new HttpRequestMessage(HttpMethod.Get, Hmrc.AuthorizeUrl(parameters));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        var response = await _hmrc.Client.SendAsync(request);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"en\">", page, StringComparison.Ordinal);
        Assert.Contains("<main>", page, StringComparison.Ordinal);
        Assert.Contains("invalid_scope", page, StringComparison.Ordinal);
        Assert.Contains("400", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Valid_authorize_redirects_to_the_start_page()
    {
        var response = await _hmrc.Client.GetAsync(Hmrc.AuthorizeUrl(Hmrc.ValidAuthorizeParameters()));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/oauth/journey/", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private async Task AssertRejectedAsync(Action<Dictionary<string, string?>> change, string expectedError)
    {
        var parameters = Hmrc.ValidAuthorizeParameters(verifier: Hmrc.NewVerifier());
        change(parameters);
        var query = parameters.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value);

        var response = await _hmrc.Client.GetAsync(Hmrc.AuthorizeUrl(query));
        var (error, description) = await Hmrc.ReadOAuthErrorAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal(expectedError, error);
        Assert.False(string.IsNullOrWhiteSpace(description));
    }
}
