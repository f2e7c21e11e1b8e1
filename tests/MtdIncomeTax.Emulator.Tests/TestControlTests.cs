using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace MtdIncomeTax.Emulator.Tests;

/// <summary>
/// The /test-support controls that make HMRC end or refuse a grant, driven over HTTP. The tests
/// share one emulator: each gets a new grant first, and leaves no token endpoint failure set.
/// </summary>
public sealed class TestControlTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorHost _host = fixture.Host;
    private readonly Hmrc _hmrc = new(fixture.Host);

    [Fact]
    public async Task Expired_access_token_is_refused_but_refreshable()
    {
        var tokens = await _hmrc.GetTokensAsync();

        var control = await _hmrc.Client.PostAsync("/test-support/users/individual-1/expire-access-token", null);
        var call = await _hmrc.ListBusinessesAsync(Token(tokens, "access_token"));
        var refresh = await _hmrc.RefreshAsync(Token(tokens, "refresh_token"));
        var afterRefresh = await _hmrc.ListBusinessesAsync(await Hmrc.ReadTokenAsync(refresh, "access_token"));

        Assert.Equal(HttpStatusCode.NoContent, control.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, call.StatusCode);
        Assert.Equal("INVALID_CREDENTIALS", await Hmrc.ReadApiErrorCodeAsync(call));
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterRefresh.StatusCode);
    }

    [Fact]
    public async Task Revoked_grant_refuses_refresh_and_calls()
    {
        var tokens = await _hmrc.GetTokensAsync();

        var control = await _hmrc.Client.PostAsync("/test-support/users/individual-1/revoke-grant", null);
        var call = await _hmrc.ListBusinessesAsync(Token(tokens, "access_token"));
        var refresh = await _hmrc.RefreshAsync(Token(tokens, "refresh_token"));

        Assert.Equal(HttpStatusCode.NoContent, control.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, call.StatusCode);
        Assert.Equal("INVALID_CREDENTIALS", await Hmrc.ReadApiErrorCodeAsync(call));
        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
        Assert.Equal("invalid_grant", (await Hmrc.ReadOAuthErrorAsync(refresh)).Error);
    }

    [Fact]
    public async Task Revoke_affects_only_the_latest_grant()
    {
        var older = await _hmrc.GetTokensAsync();
        var latest = await _hmrc.GetTokensAsync();

        await _hmrc.Client.PostAsync("/test-support/users/individual-1/revoke-grant", null);
        var olderRefresh = await _hmrc.RefreshAsync(Token(older, "refresh_token"));
        var latestRefresh = await _hmrc.RefreshAsync(Token(latest, "refresh_token"));

        Assert.Equal(HttpStatusCode.OK, olderRefresh.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, latestRefresh.StatusCode);
    }

    [Fact]
    public async Task Ended_grant_refuses_refresh_with_invalid_grant()
    {
        var tokens = await _hmrc.GetTokensAsync();

        var control = await _hmrc.Client.PostAsync("/test-support/users/individual-1/end-grant", null);
        var refresh = await _hmrc.RefreshAsync(Token(tokens, "refresh_token"));
        var (error, description) = await Hmrc.ReadOAuthErrorAsync(refresh);

        Assert.Equal(HttpStatusCode.NoContent, control.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
        Assert.Equal("invalid_grant", error);
        Assert.Contains("expired", description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("expire-access-token")]
    [InlineData("revoke-grant")]
    [InlineData("end-grant")]
    public async Task Control_for_user_without_grant_is_not_found(string control)
    {
        var response = await _hmrc.Client.PostAsync($"/test-support/users/individual-2/{control}", null);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("user individual-2 has no grant", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Server_error_fails_the_next_requests_only()
    {
        var tokens = await _hmrc.GetTokensAsync();

        var control = await SetFailureAsync(new { mode = "server-error", count = 2 });
        var first = await _hmrc.RefreshAsync(Token(tokens, "refresh_token"));
        var second = await _hmrc.RefreshAsync(Token(tokens, "refresh_token"));
        var third = await _hmrc.RefreshAsync(Token(tokens, "refresh_token"));

        Assert.Equal(HttpStatusCode.NoContent, control.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, first.StatusCode);
        Assert.Equal("server_error", (await Hmrc.ReadOAuthErrorAsync(first)).Error);
        Assert.Equal(HttpStatusCode.InternalServerError, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Fact]
    public async Task Refresh_in_progress_lasts_until_cleared()
    {
        var tokens = await _hmrc.GetTokensAsync();

        await SetFailureAsync(new { mode = "refresh-in-progress" });
        var refused = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            refused.Add(await _hmrc.RefreshAsync(Token(tokens, "refresh_token")));
        }

        var clear = await _hmrc.Client.PostAsync("/test-support/token-endpoint/failures/clear", null);
        var afterClear = await _hmrc.RefreshAsync(Token(tokens, "refresh_token"));

        foreach (var response in refused)
        {
            var (error, description) = await Hmrc.ReadOAuthErrorAsync(response);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("invalid_request", error);
            Assert.Equal("refresh operation already in progress", description);
        }

        Assert.Equal(HttpStatusCode.NoContent, clear.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterClear.StatusCode);
    }

    [Fact]
    public async Task Timeout_holds_the_request_past_the_client_timeout()
    {
        var tokens = await _hmrc.GetTokensAsync();
        using var impatient = _host.CreateClient();
        impatient.Timeout = TimeSpan.FromMilliseconds(500);

        await SetFailureAsync(new { mode = "timeout", count = 1, delaySeconds = 5 });
        var clock = Stopwatch.StartNew();
        var timedOut = await Record.ExceptionAsync(() => impatient.PostAsync("/oauth/token", RefreshForm(tokens)));
        clock.Stop();
        var afterTimeout = await _hmrc.RefreshAsync(Token(tokens, "refresh_token"));

        Assert.IsType<TaskCanceledException>(timedOut);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"the client waited {clock.Elapsed}");
        Assert.Equal(HttpStatusCode.OK, afterTimeout.StatusCode);
    }

    [Fact]
    public async Task Timeout_answers_server_error_after_the_delay()
    {
        var tokens = await _hmrc.GetTokensAsync();

        await SetFailureAsync(new { mode = "timeout", count = 1, delaySeconds = 0.3 });
        var clock = Stopwatch.StartNew();
        var response = await _hmrc.RefreshAsync(Token(tokens, "refresh_token"));
        clock.Stop();

        // Timer resolution can end a 300 ms delay a few milliseconds early, as measured by Stopwatch.
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(250), $"the answer came after {clock.Elapsed}");
    }

    [Theory]
    [InlineData("{\"mode\":\"sometimes\"}", "mode must be server-error, timeout or refresh-in-progress")]
    [InlineData("{\"mode\":\"server-error\",\"count\":0}", "count must be 1 or more, or absent to fail until cleared")]
    [InlineData("{\"mode\":\"timeout\"}", "delaySeconds must be more than 0 for a timeout")]
    public async Task Invalid_failure_is_rejected_and_changes_nothing(string body, string message)
    {
        var tokens = await _hmrc.GetTokensAsync();

        var response = await _hmrc.Client.PostAsync(
            "/test-support/token-endpoint/failures", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        var refresh = await _hmrc.RefreshAsync(Token(tokens, "refresh_token"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, error.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
    }

    [Fact]
    public async Task Controls_are_not_found_outside_test_mode()
    {
        await using var host = await EmulatorHost.StartAsync(
            new Dictionary<string, string?> { ["Emulator:TestMode"] = "false" });
        var hmrc = new Hmrc(host);
        var tokens = await hmrc.GetTokensAsync();
        string[] paths =
        [
            "/test-support/users/individual-1/expire-access-token",
            "/test-support/users/individual-1/revoke-grant",
            "/test-support/users/individual-1/end-grant",
            "/test-support/token-endpoint/failures",
            "/test-support/token-endpoint/failures/clear",
        ];

        foreach (var path in paths)
        {
            var response = await hmrc.Client.PostAsJsonAsync(path, new { mode = "server-error" });
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path} returned {response.StatusCode}");
        }

        var call = await hmrc.ListBusinessesAsync(Token(tokens, "access_token"));
        Assert.Equal(HttpStatusCode.OK, call.StatusCode);
    }

    private Task<HttpResponseMessage> SetFailureAsync(object failure) =>
        _hmrc.Client.PostAsJsonAsync("/test-support/token-endpoint/failures", failure);

    private FormUrlEncodedContent RefreshForm(JsonElement tokens) => Hmrc.Form(
        ("grant_type", "refresh_token"),
        ("client_id", EmulatorHost.ClientId),
        ("client_secret", _host.ClientSecret),
        ("refresh_token", Token(tokens, "refresh_token")));

    private static string Token(JsonElement tokens, string name) => tokens.GetProperty(name).GetString()!;
}
