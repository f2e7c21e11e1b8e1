using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MtdIncomeTax.Emulator.Tests;

/// <summary>The per-application limit of 3 requests in any rolling second, on the emulator's clock.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private const string Path = "/individuals/business/details/AA123456A/list";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero));
    private EmulatorHost _host = null!;
    private Hmrc _hmrc = null!;
    private string _token = "";

    public async Task InitializeAsync()
    {
        _host = await EmulatorHost.StartAsync(
            new Dictionary<string, string?> { ["Emulator:RateLimit:RequestsPerSecond"] = "3" },
            services => services.AddSingleton<TimeProvider>(_time));
        _hmrc = new Hmrc(_host);
        _token = await _hmrc.GetAccessTokenAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Fourth_request_in_a_second_is_throttled()
    {
        var allowed = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            allowed.Add(await ListAsync());
            _time.Advance(TimeSpan.FromMilliseconds(300));
        }

        var fourth = await ListAsync();
        _time.Advance(TimeSpan.FromMilliseconds(100));
        var afterWindow = await ListAsync();
        var counter = await CounterAsync();

        Assert.All(allowed, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        var error = await ApiResponse.AssertErrorAsync(fourth, HttpStatusCode.TooManyRequests, "MESSAGE_THROTTLED_OUT");
        Assert.Equal("The request for the API is throttled as you have exceeded your quota.", error.GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.OK, afterWindow.StatusCode);
        Assert.Equal(1, counter.GetProperty("throttledRequests").GetInt32());
        Assert.Equal(3, counter.GetProperty("requestsPerSecond").GetInt32());
    }

    [Fact]
    public async Task Agent_authorisation_calls_share_the_limit()
    {
        var agentToken = (await _hmrc.GetTokensAsync("agent-1", AgentRequests.AgentScopes)).GetProperty("access_token").GetString();
        _time.Advance(TimeSpan.FromSeconds(1));

        var first = await ListAsync();
        var second = await _hmrc.ApiAsync(HttpMethod.Get, "/agents/AARN1234567/invitations", agentToken, "2.0");
        var third = await _hmrc.ApiAsync(HttpMethod.Get, "/agents/AARN1234567/invitations", agentToken, "1.0");
        var fourth = await _hmrc.ApiAsync(HttpMethod.Get, "/agents/AARN1234567/invitations", agentToken, "2.0");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, second.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, third.StatusCode);
        await ApiResponse.AssertErrorAsync(fourth, HttpStatusCode.TooManyRequests, "MESSAGE_THROTTLED_OUT");
    }

    [Fact]
    public async Task Requests_spaced_at_the_limit_all_pass()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 100; i++)
        {
            statuses.Add((await ListAsync()).StatusCode);
            if (i % 3 == 2)
            {
                _time.Advance(TimeSpan.FromSeconds(1));
            }
        }

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(0, (await CounterAsync()).GetProperty("throttledRequests").GetInt32());
    }

    [Fact]
    public async Task Limit_is_per_application()
    {
        var other = await OtherApplicationTokenAsync();
        for (var i = 0; i < 3; i++)
        {
            await ListAsync();
        }

        var throttled = await ListAsync();
        var otherApplication = await _hmrc.ApiAsync(HttpMethod.Get, Path, other, "2.0");

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherApplication.StatusCode);
    }

    [Fact]
    public async Task Reset_clears_the_count()
    {
        for (var i = 0; i < 4; i++)
        {
            await ListAsync();
        }

        var reset = await _hmrc.Client.PostAsync("/test-support/rate-limit/reset", null);
        var afterReset = await ListAsync();

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterReset.StatusCode);
        Assert.Equal(0, (await CounterAsync()).GetProperty("throttledRequests").GetInt32());
    }

    private Task<HttpResponseMessage> ListAsync() => _hmrc.ApiAsync(HttpMethod.Get, Path, _token, "2.0");

    private Task<JsonElement> CounterAsync() => _hmrc.Client.GetFromJsonAsync<JsonElement>("/test-support/rate-limit");

    /// <summary>Returns a token of individual-1 issued to the second registered application.</summary>
    private async Task<string> OtherApplicationTokenAsync()
    {
        var parameters = Hmrc.ValidAuthorizeParameters();
        parameters["client_id"] = EmulatorHost.OtherClientId;
        parameters["redirect_uri"] = "http://localhost:6001/callback";
        var callback = await _hmrc.GrantAsync(parameters);
        var code = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(callback.Query)["code"].ToString();
        var response = await _hmrc.Client.PostAsync("/oauth/token", Hmrc.Form(
            ("grant_type", "authorization_code"),
            ("client_id", EmulatorHost.OtherClientId),
            ("client_secret", _host.OtherClientSecret),
            ("redirect_uri", "http://localhost:6001/callback"),
            ("code", code)));

        return (await Hmrc.ReadTokenAsync(response, "access_token"))!;
    }
}
