using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace MtdIncomeTax.Emulator.Tests;

public sealed class TokenEndpointTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly Hmrc _hmrc = new(fixture.Host);

    [Fact]
    public async Task Code_exchange_returns_bearer_tokens()
    {
        var verifier = Hmrc.NewVerifier();
        var code = await _hmrc.GetCodeAsync(verifier);

        var response = await _hmrc.ExchangeCodeAsync(code, verifier);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Matches("^[0-9a-f]{32}$", body.GetProperty("access_token").GetString());
        Assert.Matches("^[0-9a-f]{32}$", body.GetProperty("refresh_token").GetString());
        Assert.Equal("bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(14400, body.GetProperty("expires_in").GetInt32());
        Assert.Equal(Hmrc.ReadAndWrite, body.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task Code_exchange_without_pkce_succeeds()
    {
        var code = await _hmrc.GetCodeAsync();

        var response = await _hmrc.ExchangeCodeAsync(code);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Code_can_be_used_only_once()
    {
        var code = await _hmrc.GetCodeAsync();

        var first = await _hmrc.ExchangeCodeAsync(code);
        var second = await _hmrc.ExchangeCodeAsync(code);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await AssertErrorAsync(second, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task Code_exchange_with_other_redirect_uri_fails()
    {
        var code = await _hmrc.GetCodeAsync();

        var wrong = await _hmrc.ExchangeCodeAsync(code, redirectUri: EmulatorHost.SecondRedirectUri);
        var retry = await _hmrc.ExchangeCodeAsync(code);

        await AssertErrorAsync(wrong, HttpStatusCode.BadRequest, "invalid_request");
        await AssertErrorAsync(retry, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task Code_exchange_with_wrong_verifier_is_invalid_grant()
    {
        var code = await _hmrc.GetCodeAsync(Hmrc.NewVerifier());

        var response = await _hmrc.ExchangeCodeAsync(code, Hmrc.NewVerifier());

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "invalid_grant");
    }

    [Fact]
    public async Task Code_exchange_without_verifier_is_rejected()
    {
        var code = await _hmrc.GetCodeAsync(Hmrc.NewVerifier());

        var response = await _hmrc.ExchangeCodeAsync(code);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task Code_exchange_with_unexpected_verifier_is_rejected()
    {
        var code = await _hmrc.GetCodeAsync();

        var response = await _hmrc.ExchangeCodeAsync(code, Hmrc.NewVerifier());

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Theory]
    [InlineData("too-short")]
    [InlineData("this verifier has spaces which are not allowed in a verifier at all")]
    public async Task Code_exchange_with_malformed_verifier_is_rejected(string verifier)
    {
        var code = await _hmrc.GetCodeAsync(Hmrc.NewVerifier());

        var response = await _hmrc.ExchangeCodeAsync(code, verifier);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task Code_exchange_with_wrong_secret_is_invalid_client()
    {
        var code = await _hmrc.GetCodeAsync();

        var response = await _hmrc.ExchangeCodeAsync(code, clientSecret: "not-the-secret");
        var retry = await _hmrc.ExchangeCodeAsync(code);

        await AssertErrorAsync(response, HttpStatusCode.Unauthorized, "invalid_client");
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
    }

    [Fact]
    public async Task Code_exchange_by_another_client_is_rejected()
    {
        var code = await _hmrc.GetCodeAsync();

        var response = await _hmrc.Client.PostAsync("/oauth/token", Hmrc.Form(
            ("grant_type", "authorization_code"),
            ("client_id", EmulatorHost.OtherClientId),
            ("client_secret", fixture.Host.OtherClientSecret),
            ("redirect_uri", EmulatorHost.RedirectUri),
            ("code", code)));

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task Token_request_without_client_secret_is_rejected()
    {
        var response = await _hmrc.Client.PostAsync("/oauth/token", Hmrc.Form(
            ("grant_type", "client_credentials"), ("client_id", EmulatorHost.ClientId)));

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task Token_request_with_json_body_is_rejected()
    {
        var json = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = EmulatorHost.ClientId,
            ["client_secret"] = fixture.Host.ClientSecret,
        });

        var response = await _hmrc.Client.PostAsync(
            "/oauth/token", new StringContent(json, Encoding.UTF8, "application/json"));

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("password")]
    [InlineData("implicit")]
    public async Task Token_request_without_supported_grant_type_is_rejected(string? grantType)
    {
        var response = await _hmrc.Client.PostAsync("/oauth/token", Hmrc.Form(
            ("grant_type", grantType),
            ("client_id", EmulatorHost.ClientId),
            ("client_secret", fixture.Host.ClientSecret)));

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task Client_credentials_token_has_no_refresh_token()
    {
        var response = await _hmrc.Client.PostAsync("/oauth/token", Hmrc.Form(
            ("grant_type", "client_credentials"),
            ("client_id", EmulatorHost.ClientId),
            ("client_secret", fixture.Host.ClientSecret)));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("^[0-9a-f]{32}$", body.GetProperty("access_token").GetString());
        Assert.False(body.TryGetProperty("refresh_token", out _));
    }

    [Fact]
    public async Task Client_credentials_token_is_rejected_by_the_api()
    {
        var response = await _hmrc.Client.PostAsync("/oauth/token", Hmrc.Form(
            ("grant_type", "client_credentials"),
            ("client_id", EmulatorHost.ClientId),
            ("client_secret", fixture.Host.ClientSecret)));
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();

        var api = await _hmrc.ListBusinessesAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal("INCORRECT_ACCESS_TOKEN_TYPE", await Hmrc.ReadApiErrorCodeAsync(api));
    }

    [Fact]
    public async Task Refresh_rotates_both_tokens()
    {
        var tokens = await _hmrc.GetTokensAsync();
        var oldAccess = tokens.GetProperty("access_token").GetString();
        var oldRefresh = tokens.GetProperty("refresh_token").GetString()!;

        var refreshed = await _hmrc.RefreshAsync(oldRefresh);
        var body = await refreshed.Content.ReadFromJsonAsync<JsonElement>();
        var newAccess = body.GetProperty("access_token").GetString();
        var reuse = await _hmrc.RefreshAsync(oldRefresh);
        var oldAccessCall = await _hmrc.ListBusinessesAsync(oldAccess);
        var newAccessCall = await _hmrc.ListBusinessesAsync(newAccess);

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.NotEqual(oldAccess, newAccess);
        Assert.NotEqual(oldRefresh, body.GetProperty("refresh_token").GetString());
        Assert.False(body.TryGetProperty("scope", out _));
        await AssertErrorAsync(reuse, HttpStatusCode.BadRequest, "invalid_grant");
        Assert.Equal(HttpStatusCode.Unauthorized, oldAccessCall.StatusCode);
        Assert.Equal("INVALID_CREDENTIALS", await Hmrc.ReadApiErrorCodeAsync(oldAccessCall));
        Assert.Equal(HttpStatusCode.OK, newAccessCall.StatusCode);
    }

    [Fact]
    public async Task Concurrent_refreshes_succeed_once()
    {
        var tokens = await _hmrc.GetTokensAsync();
        var refreshToken = tokens.GetProperty("refresh_token").GetString()!;

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _hmrc.RefreshAsync(refreshToken)));
        var errors = await Task.WhenAll(responses
            .Where(response => response.StatusCode != HttpStatusCode.OK)
            .Select(Hmrc.ReadOAuthErrorAsync));

        Assert.Single(responses, response => response.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(response => response.StatusCode != HttpStatusCode.OK),
            response => Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode));
        Assert.All(errors, error => Assert.True(
            error is ("invalid_grant", _) or ("invalid_request", "refresh operation already in progress"),
            $"unexpected error {error}"));
    }

    [Fact]
    public async Task Refresh_without_refresh_token_is_rejected()
    {
        var response = await _hmrc.Client.PostAsync("/oauth/token", Hmrc.Form(
            ("grant_type", "refresh_token"),
            ("client_id", EmulatorHost.ClientId),
            ("client_secret", fixture.Host.ClientSecret)));

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task Refresh_with_unknown_token_is_invalid_grant()
    {
        var response = await _hmrc.RefreshAsync("0123456789abcdef0123456789abcdef");

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "invalid_grant");
    }

    private static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string error)
    {
        var (actualError, description) = await Hmrc.ReadOAuthErrorAsync(response);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(error, actualError);
        Assert.False(string.IsNullOrWhiteSpace(description));
        Assert.True(response.Headers.CacheControl?.NoStore);
    }
}
