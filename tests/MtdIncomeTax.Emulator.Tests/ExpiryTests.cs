using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MtdIncomeTax.Emulator.Tests;

public sealed class ExpiryTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 4, 6, 9, 0, 0, TimeSpan.Zero));
    private EmulatorHost _host = null!;
    private Hmrc _hmrc = null!;

    public async Task InitializeAsync()
    {
        _host = await EmulatorHost.StartAsync(configureServices: services => services.AddSingleton<TimeProvider>(_time));
        _hmrc = new Hmrc(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Code_expires_after_ten_minutes()
    {
        var code = await _hmrc.GetCodeAsync();
        _time.Advance(TimeSpan.FromMinutes(10));

        var response = await _hmrc.ExchangeCodeAsync(code);
        var (error, _) = await Hmrc.ReadOAuthErrorAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request", error);
    }

    [Fact]
    public async Task Access_token_expires_after_four_hours()
    {
        var tokens = await _hmrc.GetTokensAsync();
        var accessToken = tokens.GetProperty("access_token").GetString();

        _time.Advance(TimeSpan.FromHours(4) - TimeSpan.FromSeconds(1));
        var beforeExpiry = await _hmrc.ListBusinessesAsync(accessToken);
        _time.Advance(TimeSpan.FromSeconds(1));
        var atExpiry = await _hmrc.ListBusinessesAsync(accessToken);

        Assert.Equal(HttpStatusCode.OK, beforeExpiry.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, atExpiry.StatusCode);
        Assert.Equal("INVALID_CREDENTIALS", await Hmrc.ReadApiErrorCodeAsync(atExpiry));
    }

    [Fact]
    public async Task Refresh_after_the_grant_ends_is_invalid_grant()
    {
        var tokens = await _hmrc.GetTokensAsync();
        var refreshToken = tokens.GetProperty("refresh_token").GetString()!;

        _time.Advance(TimeSpan.FromDays(546));
        var withinGrant = await _hmrc.RefreshAsync(refreshToken);
        var rotated = (await Hmrc.ReadTokenAsync(withinGrant, "refresh_token"))!;
        _time.Advance(TimeSpan.FromDays(1));
        var afterGrant = await _hmrc.RefreshAsync(rotated);
        var (error, _) = await Hmrc.ReadOAuthErrorAsync(afterGrant);

        Assert.Equal(HttpStatusCode.OK, withinGrant.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, afterGrant.StatusCode);
        Assert.Equal("invalid_grant", error);
    }
}
