using System.Buffers.Text;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace MtdIncomeTax.Emulator.Tests;

public sealed class OidcProviderTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Discovery_document_is_served()
    {
        using var client = fixture.Host.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");

        Assert.Equal(new Uri(fixture.Host.BaseAddress, "/connect/authorize").ToString(),
            document.GetProperty("authorization_endpoint").GetString());
        Assert.Equal(new Uri(fixture.Host.BaseAddress, "/connect/token").ToString(),
            document.GetProperty("token_endpoint").GetString());
        Assert.Contains("S256", document.GetProperty("code_challenge_methods_supported").EnumerateArray()
            .Select(method => method.GetString()));
    }

    [Fact]
    public async Task Id_token_carries_person_claims()
    {
        using var client = fixture.Host.CreateClient(new CookieContainer());
        var verifier = Hmrc.NewVerifier();

        var code = await SignInAsync(client, "alex", verifier);
        var token = await client.PostAsync("/connect/token", Hmrc.Form(
            ("grant_type", "authorization_code"),
            ("client_id", EmulatorHost.SignInClientId),
            ("client_secret", fixture.Host.SignInClientSecret),
            ("redirect_uri", EmulatorHost.SignInRedirectUri),
            ("code", code),
            ("code_verifier", verifier)));
        var body = await token.Content.ReadFromJsonAsync<JsonElement>();
        var claims = ReadJwtPayload(body.GetProperty("id_token").GetString()!);

        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        Assert.Equal("5d0f6c1e-2f43-4c0e-9a57-3b8d7c1a0003", claims.GetProperty("sub").GetString());
        Assert.Equal("Alex Agent", claims.GetProperty("name").GetString());
        Assert.Equal("alex@example.test", claims.GetProperty("email").GetString());
        Assert.Equal("agent", claims.GetProperty("role").GetString());
    }

    [Fact]
    public async Task Userinfo_returns_the_signed_in_person()
    {
        using var client = fixture.Host.CreateClient(new CookieContainer());
        var verifier = Hmrc.NewVerifier();
        var code = await SignInAsync(client, "casey", verifier);
        var token = await client.PostAsync("/connect/token", Hmrc.Form(
            ("grant_type", "authorization_code"),
            ("client_id", EmulatorHost.SignInClientId),
            ("client_secret", fixture.Host.SignInClientSecret),
            ("redirect_uri", EmulatorHost.SignInRedirectUri),
            ("code", code),
            ("code_verifier", verifier)));
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        var request = new HttpRequestMessage(HttpMethod.Get, "/connect/userinfo");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);

        var response = await client.SendAsync(request);
        var userInfo = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Casey Support", userInfo.GetProperty("name").GetString());
        Assert.Equal("support", userInfo.GetProperty("role").GetString());
    }

    [Fact]
    public async Task Authorize_without_pkce_is_rejected()
    {
        using var client = fixture.Host.CreateClient(new CookieContainer());
        var parameters = AuthorizeParameters(verifier: null);

        var response = await client.GetAsync(QueryHelpers.AddQueryString("/connect/authorize", parameters));

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("code_challenge", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_shows_a_message()
    {
        using var client = fixture.Host.CreateClient(new CookieContainer());
        var authorize = await client.GetAsync(QueryHelpers.AddQueryString(
            "/connect/authorize", AuthorizeParameters(Hmrc.NewVerifier())));
        var returnUrl = ReturnUrl(client, authorize);

        var response = await client.PostAsync("/connect/sign-in", Hmrc.Form(
            ("returnUrl", returnUrl), ("username", "sam"), ("password", "wrong")));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The username or password you entered is not correct.", page, StringComparison.Ordinal);
        Assert.Contains("Development sign-in - MtdIncomeTax emulator", page, StringComparison.Ordinal);
        Assert.DoesNotContain(response.Headers, header => header.Key == "Set-Cookie");
    }

    [Fact]
    public async Task Sign_in_rejects_foreign_return_url()
    {
        using var client = fixture.Host.CreateClient(new CookieContainer());

        var response = await client.PostAsync("/connect/sign-in", Hmrc.Form(
            ("returnUrl", "https://attacker.example.test/"), ("username", "sam"), ("password", "emulator")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task End_session_redirects_to_client()
    {
        using var client = fixture.Host.CreateClient(new CookieContainer());
        await SignInAsync(client, "sam", Hmrc.NewVerifier());

        var response = await client.GetAsync(QueryHelpers.AddQueryString("/connect/endsession",
            new Dictionary<string, string?> { ["post_logout_redirect_uri"] = EmulatorHost.PostLogoutRedirectUri }));
        var authorizeAgain = await client.GetAsync(QueryHelpers.AddQueryString(
            "/connect/authorize", AuthorizeParameters(Hmrc.NewVerifier())));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(EmulatorHost.PostLogoutRedirectUri, response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("/connect/sign-in", authorizeAgain.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_code_puts_second_factor_in_amr()
    {
        using var client = fixture.Host.CreateClient(new CookieContainer());
        var verifier = Hmrc.NewVerifier();
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        var claims = await IdTokenClaimsAsync(client, await SignInAsync(client, "sam", verifier), verifier);

        Assert.Equal(["pwd", "email", "mfa"], claims.GetProperty("amr").EnumerateArray().Select(method => method.GetString()));
        Assert.InRange(claims.GetProperty("auth_time").GetInt64(), before, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task Skipped_code_leaves_password_only()
    {
        using var client = fixture.Host.CreateClient(new CookieContainer());
        var verifier = Hmrc.NewVerifier();

        var claims = await IdTokenClaimsAsync(client, await SignInAsync(client, "sam", verifier, action: "skip"), verifier);

        Assert.Equal(["pwd"], claims.GetProperty("amr").EnumerateArray().Select(method => method.GetString()));
    }

    [Fact]
    public async Task Wrong_code_is_rejected_and_limited()
    {
        using var client = fixture.Host.CreateClient(new CookieContainer());
        var authorize = await client.GetAsync(QueryHelpers.AddQueryString("/connect/authorize", AuthorizeParameters(Hmrc.NewVerifier())));
        var codePage = await client.PostAsync("/connect/sign-in", Hmrc.Form(
            ("returnUrl", ReturnUrl(client, authorize)), ("username", "sam"), ("password", "emulator")));
        var (challenge, shownCode) = ReadCodePage(await codePage.Content.ReadAsStringAsync());
        var wrongCode = shownCode == "000000" ? "000001" : "000000";

        var wrong = await client.PostAsync("/connect/sign-in/code", Hmrc.Form(("challenge", challenge), ("code", wrongCode), ("action", "verify")));
        for (var attempt = 2; attempt <= 5; attempt++)
        {
            await client.PostAsync("/connect/sign-in/code", Hmrc.Form(("challenge", challenge), ("code", wrongCode), ("action", "verify")));
        }

        var rightAfterLimit = await client.PostAsync("/connect/sign-in/code", Hmrc.Form(("challenge", challenge), ("code", shownCode), ("action", "verify")));

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("The code you entered is not correct.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(wrong.Headers, header => header.Key == "Set-Cookie");
        Assert.Equal(HttpStatusCode.BadRequest, rightAfterLimit.StatusCode);
        Assert.Contains("Sign-in code expired", await rightAfterLimit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<JsonElement> IdTokenClaimsAsync(HttpClient client, string code, string verifier)
    {
        var token = await client.PostAsync("/connect/token", Hmrc.Form(
            ("grant_type", "authorization_code"),
            ("client_id", EmulatorHost.SignInClientId),
            ("client_secret", fixture.Host.SignInClientSecret),
            ("redirect_uri", EmulatorHost.SignInRedirectUri),
            ("code", code),
            ("code_verifier", verifier)));
        var body = await token.Content.ReadFromJsonAsync<JsonElement>();
        return ReadJwtPayload(body.GetProperty("id_token").GetString()!);
    }

    private static (string Challenge, string Code) ReadCodePage(string html) =>
        (Regex.Match(html, "name=\"challenge\" value=\"([0-9a-f]+)\"").Groups[1].Value,
            Regex.Match(html, "id=\"sign-in-code-shown\">([0-9]{6})<").Groups[1].Value);

    private static async Task<string> SignInAsync(HttpClient client, string username, string verifier, string action = "verify")
    {
        var authorize = await client.GetAsync(QueryHelpers.AddQueryString(
            "/connect/authorize", AuthorizeParameters(verifier)));
        Assert.Equal(HttpStatusCode.Redirect, authorize.StatusCode);
        Assert.StartsWith("/connect/sign-in?returnUrl=", authorize.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var returnUrl = ReturnUrl(client, authorize);

        var codePage = await client.PostAsync("/connect/sign-in", Hmrc.Form(
            ("returnUrl", returnUrl), ("username", username), ("password", "emulator")));
        Assert.Equal(HttpStatusCode.OK, codePage.StatusCode);
        var (challenge, shownCode) = ReadCodePage(await codePage.Content.ReadAsStringAsync());

        var signIn = await client.PostAsync("/connect/sign-in/code", Hmrc.Form(
            ("challenge", challenge), ("code", action == "skip" ? "" : shownCode), ("action", action)));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var resumed = await client.GetAsync(signIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, resumed.StatusCode);
        var callback = resumed.Headers.Location!;
        Assert.StartsWith(EmulatorHost.SignInRedirectUri, callback.ToString(), StringComparison.Ordinal);

        return QueryHelpers.ParseQuery(callback.Query)["code"].ToString();
    }

    private static Dictionary<string, string?> AuthorizeParameters(string? verifier)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["response_type"] = "code",
            ["client_id"] = EmulatorHost.SignInClientId,
            ["redirect_uri"] = EmulatorHost.SignInRedirectUri,
            ["scope"] = "openid profile email roles",
            ["state"] = "oidc-state",
            ["nonce"] = "oidc-nonce",
        };
        if (verifier is not null)
        {
            parameters["code_challenge"] = Hmrc.ChallengeFor(verifier);
            parameters["code_challenge_method"] = "S256";
        }

        return parameters;
    }

    private static string ReturnUrl(HttpClient client, HttpResponseMessage authorize) =>
        QueryHelpers.ParseQuery(new Uri(client.BaseAddress!, authorize.Headers.Location!).Query)["returnUrl"].ToString();

    private static JsonElement ReadJwtPayload(string jwt) =>
        JsonDocument.Parse(Base64Url.DecodeFromChars(jwt.Split('.')[1])).RootElement;
}
