using System.Buffers.Text;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace MtdIncomeTax.Emulator.Tests;

/// <summary>
/// Drives the emulator's HMRC endpoints over HTTP the way a browser and our web app would:
/// the authorize journey, the token endpoint and the API.
/// </summary>
public sealed class Hmrc(EmulatorHost host)
{
    public const string ReadAndWrite = "read:self-assessment write:self-assessment";

    public HttpClient Client { get; } = host.CreateClient();

    public static string NewVerifier() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(48));

    public static string ChallengeFor(string verifier) =>
        Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    public static string AuthorizeUrl(IReadOnlyDictionary<string, string?> parameters) =>
        QueryHelpers.AddQueryString("/oauth/authorize", parameters);

    public static Dictionary<string, string?> ValidAuthorizeParameters(
        string? state = "state-123",
        string scope = ReadAndWrite,
        string? verifier = null) => new()
        {
            ["response_type"] = "code",
            ["client_id"] = EmulatorHost.ClientId,
            ["redirect_uri"] = EmulatorHost.RedirectUri,
            ["scope"] = scope,
            ["state"] = state,
            ["code_challenge"] = verifier is null ? null : ChallengeFor(verifier),
            ["code_challenge_method"] = verifier is null ? null : "S256",
        };

    /// <summary>Runs authorize, start page, sign-in and grant; returns the journey's path after sign-in.</summary>
    public async Task<string> SignInAsync(Dictionary<string, string?> parameters, string userId = "individual-1")
    {
        var authorize = await Client.GetAsync(AuthorizeUrl(WithoutNulls(parameters)));
        Assert.Equal(HttpStatusCode.Redirect, authorize.StatusCode);
        var startPath = authorize.Headers.Location!.OriginalString;

        var start = await Client.GetStringAsync(startPath);
        Assert.Contains("Authorise software", start, StringComparison.Ordinal);

        var signIn = await Client.PostAsync(startPath + "/sign-in", Form(("userId", userId), ("password", "emulator")));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        return signIn.Headers.Location!.OriginalString;
    }

    /// <summary>Runs the whole journey, grants authority and returns the callback URL.</summary>
    public async Task<Uri> GrantAsync(Dictionary<string, string?> parameters, string userId = "individual-1")
    {
        var grantPath = await SignInAsync(parameters, userId);
        var grant = await Client.PostAsync(grantPath, Form(("decision", "grant")));
        Assert.Equal(HttpStatusCode.Redirect, grant.StatusCode);

        return grant.Headers.Location!;
    }

    public async Task<string> GetCodeAsync(
        string? verifier = null,
        string scope = ReadAndWrite,
        string userId = "individual-1")
    {
        var callback = await GrantAsync(ValidAuthorizeParameters(verifier: verifier, scope: scope), userId);

        return QueryHelpers.ParseQuery(callback.Query)["code"].ToString();
    }

    public Task<HttpResponseMessage> ExchangeCodeAsync(
        string code,
        string? verifier = null,
        string redirectUri = EmulatorHost.RedirectUri,
        string? clientSecret = null) =>
        Client.PostAsync("/oauth/token", Form(
            ("grant_type", "authorization_code"),
            ("client_id", EmulatorHost.ClientId),
            ("client_secret", clientSecret ?? host.ClientSecret),
            ("redirect_uri", redirectUri),
            ("code", code),
            ("code_verifier", verifier)));

    public Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        Client.PostAsync("/oauth/token", Form(
            ("grant_type", "refresh_token"),
            ("client_id", EmulatorHost.ClientId),
            ("client_secret", host.ClientSecret),
            ("refresh_token", refreshToken)));

    /// <summary>Signs in as the user and returns the token response of a PKCE code exchange.</summary>
    public async Task<JsonElement> GetTokensAsync(string userId = "individual-1", string scope = ReadAndWrite)
    {
        var verifier = NewVerifier();
        var code = await GetCodeAsync(verifier, scope, userId);
        var response = await ExchangeCodeAsync(code, verifier);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public Task<HttpResponseMessage> ListBusinessesAsync(
        string? accessToken,
        string nino = "AA123456A",
        string? accept = "application/vnd.hmrc.2.0+json",
        string? scenario = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/individuals/business/details/{nino}/list");
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        if (scenario is not null)
        {
            request.Headers.Add("Gov-Test-Scenario", scenario);
        }

        return Client.SendAsync(request);
    }

    /// <summary>
    /// Sends an Income Tax API request with the Accept version, bearer token, Gov-Test-Scenario
    /// and JSON body given; null leaves each out.
    /// </summary>
    public Task<HttpResponseMessage> ApiAsync(
        HttpMethod method,
        string path,
        string? accessToken,
        string version,
        object? body = null,
        string? scenario = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.TryAddWithoutValidation("Accept", $"application/vnd.hmrc.{version}+json");
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        if (scenario is not null)
        {
            request.Headers.Add("Gov-Test-Scenario", scenario);
        }

        if (body is not null)
        {
            request.Content = body is string text
                ? new StringContent(text, Encoding.UTF8, "application/json")
                : JsonContent.Create(body);
        }

        return Client.SendAsync(request);
    }

    /// <summary>Returns an access token of the user with read and write scopes.</summary>
    public async Task<string> GetAccessTokenAsync(string userId = "individual-1") =>
        (await GetTokensAsync(userId)).GetProperty("access_token").GetString()!;

    /// <summary>Returns an application token from the client credentials grant.</summary>
    public async Task<string> GetApplicationTokenAsync()
    {
        var response = await Client.PostAsync("/oauth/token", Form(
            ("grant_type", "client_credentials"),
            ("client_id", EmulatorHost.ClientId),
            ("client_secret", host.ClientSecret)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        return (await ReadTokenAsync(response, "access_token"))!;
    }

    public static FormUrlEncodedContent Form(params (string Name, string? Value)[] fields) =>
        new(fields.Where(field => field.Value is not null)
            .Select(field => KeyValuePair.Create(field.Name, field.Value!)));

    public static async Task<(string? Error, string? Description)> ReadOAuthErrorAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        return (body.GetProperty("error").GetString(), body.GetProperty("error_description").GetString());
    }

    public static async Task<string?> ReadTokenAsync(HttpResponseMessage response, string name)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        return body.GetProperty(name).GetString();
    }

    public static async Task<string?> ReadApiErrorCodeAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        return body.GetProperty("code").GetString();
    }

    private static Dictionary<string, string?> WithoutNulls(Dictionary<string, string?> parameters) =>
        parameters.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value);
}
