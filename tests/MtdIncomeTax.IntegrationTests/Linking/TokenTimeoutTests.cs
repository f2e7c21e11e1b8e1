using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MtdIncomeTax.Data;
using MtdIncomeTax.IntegrationTests.Infrastructure;

namespace MtdIncomeTax.IntegrationTests.Linking;

/// <summary>A token endpoint that does not respond in time. Its own host keeps the timeout short.</summary>
public sealed class TokenTimeoutTests : IDisposable
{
    private readonly AppFactory _app = new() { TokenRequestTimeout = TimeSpan.FromSeconds(1) };

    [Fact]
    public async Task Token_endpoint_timeout_stores_nothing()
    {
        _app.Hmrc.TokenEndpointFails(200, "unused", delay: TimeSpan.FromSeconds(4));
        using var client = _app.CreateClientFor("timeout-user");
        var (_, query) = await LinkJourney.StartAsync(client);

        var response = await LinkJourney.CallbackAsync(client, $"code=code-1&state={query["state"]}");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains("We could not reach HMRC", page);
        await using var scope = _app.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>().HmrcConnections.AnyAsync());
    }

    public void Dispose() => _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
