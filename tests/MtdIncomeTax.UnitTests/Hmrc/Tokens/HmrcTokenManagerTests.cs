using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Hmrc.OAuth;
using MtdIncomeTax.Hmrc.Tokens;

namespace MtdIncomeTax.UnitTests.Hmrc.Tokens;

public sealed class HmrcTokenManagerTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
    private readonly StubTokenEndpoint _endpoint = new();
    private readonly InMemoryTokenStore _store;
    private readonly TokenManagementOptions _options = new()
    {
        LeasePollInterval = TimeSpan.FromMilliseconds(10),
        ConcurrentRefreshWait = TimeSpan.FromMilliseconds(200),
        InstanceName = "instance-a",
    };

    public HmrcTokenManagerTests()
    {
        _store = new InMemoryTokenStore(_time);
        _store.Seed("access-old", "refresh-old", _time.GetUtcNow() + TimeSpan.FromHours(4));
    }

    private Guid ConnectionId => _store.Grant.ConnectionId;

    [Fact]
    public async Task Valid_token_is_used_without_refresh()
    {
        var result = await CreateManager().GetAccessTokenAsync(ConnectionId, CancellationToken.None);

        Assert.Equal("access-old", result.AccessToken);
        Assert.Equal(0, _endpoint.Requests);
    }

    [Fact]
    public async Task Token_inside_buffer_is_refreshed()
    {
        _time.Advance(TimeSpan.FromHours(4) - TimeSpan.FromMinutes(4));

        var result = await CreateManager().GetAccessTokenAsync(ConnectionId, CancellationToken.None);

        Assert.Equal("access-new", result.AccessToken);
        Assert.Equal("refresh-new", _store.Grant.RefreshToken);
        Assert.Equal(_time.GetUtcNow() + TimeSpan.FromHours(4), _store.Grant.AccessTokenExpiresAt);
        Assert.Equal(1, _endpoint.Requests);
    }

    [Fact]
    public async Task Token_just_outside_buffer_is_kept()
    {
        _time.Advance(TimeSpan.FromHours(4) - TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));

        var result = await CreateManager().GetAccessTokenAsync(ConnectionId, CancellationToken.None);

        Assert.Equal("access-old", result.AccessToken);
        Assert.Equal(0, _endpoint.Requests);
    }

    [Fact]
    public async Task Configured_buffer_is_respected()
    {
        _options.RefreshBuffer = TimeSpan.FromMinutes(30);
        _time.Advance(TimeSpan.FromHours(4) - TimeSpan.FromMinutes(20));

        var result = await CreateManager().GetAccessTokenAsync(ConnectionId, CancellationToken.None);

        Assert.Equal("access-new", result.AccessToken);
    }

    [Fact]
    public async Task Invalid_grant_ends_the_grant()
    {
        Expire();
        _endpoint.Default = () => StubTokenEndpoint.Error(HttpStatusCode.BadRequest, "invalid_grant");

        var result = await CreateManager().GetAccessTokenAsync(ConnectionId, CancellationToken.None);

        Assert.Equal(AccessTokenOutcome.ReauthorisationRequired, result.Outcome);
        Assert.Null(result.AccessToken);
        Assert.Equal("NeedsReauthorisation", _store.Status);
    }

    [Fact]
    public async Task Ended_grant_is_never_sent_to_HMRC()
    {
        Expire();
        _endpoint.Default = () => StubTokenEndpoint.Error(HttpStatusCode.BadRequest, "invalid_grant");
        var manager = CreateManager();
        await manager.GetAccessTokenAsync(ConnectionId, CancellationToken.None);

        var again = await manager.GetAccessTokenAsync(ConnectionId, CancellationToken.None);

        Assert.Equal(AccessTokenOutcome.ReauthorisationRequired, again.Outcome);
        Assert.Equal(1, _endpoint.Requests);
    }

    [Fact]
    public async Task Invalid_client_leaves_the_connection_alone()
    {
        Expire();
        _endpoint.Default = () => StubTokenEndpoint.Error(HttpStatusCode.Unauthorized, "invalid_client");

        var result = await CreateManager().GetAccessTokenAsync(ConnectionId, CancellationToken.None);

        Assert.Equal(AccessTokenOutcome.Misconfigured, result.Outcome);
        Assert.Equal("Active", _store.Status);
        Assert.Equal("refresh-old", _store.Grant.RefreshToken);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, "server_error")]
    [InlineData(HttpStatusCode.ServiceUnavailable, "server_error")]
    public async Task Server_error_keeps_tokens_and_backs_off(HttpStatusCode status, string error)
    {
        Expire();
        _endpoint.Default = () => StubTokenEndpoint.Error(status, error);
        var manager = CreateManager();

        var first = await manager.GetAccessTokenAsync(ConnectionId, CancellationToken.None);
        var duringBackoff = await manager.GetAccessTokenAsync(ConnectionId, CancellationToken.None);

        Assert.Equal(AccessTokenOutcome.TransientFailure, first.Outcome);
        Assert.Equal(AccessTokenOutcome.TransientFailure, duringBackoff.Outcome);
        Assert.Equal(1, _endpoint.Requests);
        Assert.Equal("refresh-old", _store.Grant.RefreshToken);
        Assert.Equal("Active", _store.Status);
        Assert.Equal(_time.GetUtcNow() + TimeSpan.FromSeconds(5), _store.Grant.RetryRefreshAfter);
    }

    [Fact]
    public async Task Retry_after_backoff_succeeds()
    {
        Expire();
        _endpoint.ThenAnswer(() => StubTokenEndpoint.Error(HttpStatusCode.InternalServerError, "server_error"));
        var manager = CreateManager();
        await manager.GetAccessTokenAsync(ConnectionId, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(6));

        var result = await manager.GetAccessTokenAsync(ConnectionId, CancellationToken.None);

        Assert.Equal("access-new", result.AccessToken);
        Assert.Equal(2, _endpoint.Requests);
        Assert.Null(_store.Grant.RetryRefreshAfter);
    }

    [Fact]
    public async Task Transient_failure_inside_buffer_keeps_old_token_usable()
    {
        _time.Advance(TimeSpan.FromHours(4) - TimeSpan.FromMinutes(2));
        _endpoint.Default = () => StubTokenEndpoint.Error(HttpStatusCode.BadGateway, "server_error");

        var result = await CreateManager().GetAccessTokenAsync(ConnectionId, CancellationToken.None);

        Assert.Equal("access-old", result.AccessToken);
        Assert.Equal("refresh-old", _store.Grant.RefreshToken);
    }

    [Fact]
    public async Task Timeout_is_transient()
    {
        Expire();
        _endpoint.Latency = TimeSpan.FromSeconds(5);

        var result = await CreateManager(tokenTimeout: TimeSpan.FromMilliseconds(100)).GetAccessTokenAsync(ConnectionId, CancellationToken.None);

        Assert.Equal(AccessTokenOutcome.TransientFailure, result.Outcome);
        Assert.Equal("refresh-old", _store.Grant.RefreshToken);
        Assert.Equal("Active", _store.Status);
    }

    [Fact]
    public async Task Response_without_refresh_token_ends_the_grant()
    {
        Expire();
        _endpoint.Default = () => StubTokenEndpoint.Tokens("access-new", refreshToken: null);
        var manager = CreateManager();

        var result = await manager.GetAccessTokenAsync(ConnectionId, CancellationToken.None);
        var again = await manager.GetAccessTokenAsync(ConnectionId, CancellationToken.None);

        Assert.Equal(AccessTokenOutcome.ReauthorisationRequired, result.Outcome);
        Assert.Equal("NeedsReauthorisation", _store.Status);
        Assert.Equal(AccessTokenOutcome.ReauthorisationRequired, again.Outcome);
        Assert.Equal(1, _endpoint.Requests);
    }

    [Fact]
    public async Task Concurrent_refresh_refusal_uses_the_other_refreshers_tokens()
    {
        Expire();
        _endpoint.Default = () =>
        {
            _store.ReplaceTokens("access-other", "refresh-other", _time.GetUtcNow() + TimeSpan.FromHours(4));
            return StubTokenEndpoint.Error(HttpStatusCode.BadRequest, "invalid_request");
        };

        var result = await CreateManager().GetAccessTokenAsync(ConnectionId, CancellationToken.None);

        Assert.Equal("access-other", result.AccessToken);
        Assert.Equal("Active", _store.Status);
    }

    [Fact]
    public async Task Unexplained_invalid_request_ends_the_grant()
    {
        Expire();
        _endpoint.Default = () => StubTokenEndpoint.Error(HttpStatusCode.BadRequest, "invalid_request");

        var result = await CreateManager().GetAccessTokenAsync(ConnectionId, CancellationToken.None);

        Assert.Equal(AccessTokenOutcome.ReauthorisationRequired, result.Outcome);
        Assert.Equal("NeedsReauthorisation", _store.Status);
    }

    [Fact]
    public async Task Concurrent_callers_share_one_refresh()
    {
        Expire();
        _endpoint.Latency = TimeSpan.FromMilliseconds(100);
        var manager = CreateManager();

        var results = await Task.WhenAll(Enumerable.Range(0, 50)
            .Select(_ => Task.Run(() => manager.GetAccessTokenAsync(ConnectionId, CancellationToken.None))));

        Assert.All(results, result => Assert.Equal("access-new", result.AccessToken));
        Assert.Equal(1, _endpoint.Requests);
    }

    [Fact]
    public async Task Foreign_lease_is_waited_for_not_duplicated()
    {
        Expire();
        _store.HoldLease("instance-b", _time.GetUtcNow() + TimeSpan.FromMinutes(1));
        var waiting = CreateManager().GetAccessTokenAsync(ConnectionId, CancellationToken.None);
        await Task.Delay(50);

        _store.ReplaceTokens("access-from-b", "refresh-from-b", _time.GetUtcNow() + TimeSpan.FromHours(4));
        _store.ReleaseForeignLease();
        var result = await waiting;

        Assert.Equal("access-from-b", result.AccessToken);
        Assert.Equal(0, _endpoint.Requests);
    }

    [Fact]
    public async Task Expired_foreign_lease_is_taken_over()
    {
        Expire();
        _store.HoldLease("instance-b", _time.GetUtcNow() - TimeSpan.FromSeconds(1));

        var result = await CreateManager().GetAccessTokenAsync(ConnectionId, CancellationToken.None);

        Assert.Equal("access-new", result.AccessToken);
        Assert.Equal(1, _endpoint.Requests);
    }

    [Fact]
    public async Task Rejected_token_is_refreshed_even_when_unexpired()
    {
        var result = await CreateManager().RefreshAfterRejectionAsync(ConnectionId, "access-old", CancellationToken.None);

        Assert.Equal("access-new", result.AccessToken);
        Assert.Equal(1, _endpoint.Requests);
    }

    [Fact]
    public async Task Rejected_token_is_not_handed_back_after_failure()
    {
        _endpoint.Default = () => StubTokenEndpoint.Error(HttpStatusCode.InternalServerError, "server_error");

        var result = await CreateManager().RefreshAfterRejectionAsync(ConnectionId, "access-old", CancellationToken.None);

        Assert.Equal(AccessTokenOutcome.TransientFailure, result.Outcome);
        Assert.Null(result.AccessToken);
        Assert.Equal("Active", _store.Status);
        Assert.Equal("refresh-old", _store.Grant.RefreshToken);
    }

    [Fact]
    public async Task Rejected_token_already_replaced_is_not_refreshed_again()
    {
        _store.ReplaceTokens("access-replaced", "refresh-replaced", _time.GetUtcNow() + TimeSpan.FromHours(4));

        var result = await CreateManager().RefreshAfterRejectionAsync(ConnectionId, "access-old", CancellationToken.None);

        Assert.Equal("access-replaced", result.AccessToken);
        Assert.Equal(0, _endpoint.Requests);
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(3, 20)]
    [InlineData(7, 300)]
    [InlineData(40, 300)]
    public void Backoff_doubles_up_to_the_maximum(int failures, int expectedSeconds)
    {
        var refresher = new HmrcTokenRefresher(
            _store, new ServiceCollection().BuildServiceProvider(), Options.Create(_options), _time, NullLogger<HmrcTokenRefresher>.Instance);

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), refresher.Backoff(failures));
    }

    public void Dispose() => _endpoint.Dispose();

    private void Expire() => _time.Advance(TimeSpan.FromHours(4) + TimeSpan.FromMinutes(1));

    private HmrcTokenManager CreateManager(TimeSpan? tokenTimeout = null)
    {
        var hmrc = Options.Create(new HmrcOptions
        {
            Environment = "Sandbox",
            AuthorizeEndpoint = "https://hmrc.example/oauth/authorize",
            TokenEndpoint = "https://hmrc.example/oauth/token",
            ApiBaseAddress = "https://hmrc.example",
            ClientId = "client",
            ClientSecret = "secret",
            RedirectUri = "https://app.example/hmrc/callback",
        });
        var services = new ServiceCollection()
            .AddTransient(_ => new HmrcTokenClient(
                new HttpClient(_endpoint, disposeHandler: false) { Timeout = tokenTimeout ?? TimeSpan.FromSeconds(10) },
                hmrc,
                NullLogger<HmrcTokenClient>.Instance))
            .BuildServiceProvider();
        var options = Options.Create(_options);
        var refresher = new HmrcTokenRefresher(_store, services, options, _time, NullLogger<HmrcTokenRefresher>.Instance);
        return new HmrcTokenManager(_store, refresher, options, _time, NullLogger<HmrcTokenManager>.Instance);
    }
}
