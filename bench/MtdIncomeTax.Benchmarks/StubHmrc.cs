using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace MtdIncomeTax.Benchmarks;

/// <summary>A minimal HMRC on loopback: a token endpoint with a set latency, and List All Businesses.</summary>
public sealed class StubHmrc : IAsyncDisposable
{
    private const string Businesses =
        """{"listOfBusinesses":[{"typeOfBusiness":"self-employment","businessId":"XAIS12345678901","tradingType":"Plastering","tradingName":"Sam's Plastering"},{"typeOfBusiness":"uk-property","businessId":"XPIS12345678902"}]}""";

    private readonly WebApplication _app;
    private int _tokenRequests;

    private StubHmrc(WebApplication app) => _app = app;

    public string BaseAddress { get; private set; } = "";

    public int TokenRequests => _tokenRequests;

    public TimeSpan TokenLatency { get; set; }

    public static async Task<StubHmrc> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new StubHmrc(app);

        app.MapPost("/oauth/token", async () =>
        {
            var number = Interlocked.Increment(ref stub._tokenRequests);
            await Task.Delay(stub.TokenLatency);
            return Results.Text(
                $$"""{"access_token":"access-{{number}}","token_type":"bearer","expires_in":14400,"refresh_token":"refresh-{{number}}"}""",
                "application/json");
        });
        app.MapGet("/individuals/business/details/{nino}/list", () => Results.Text(Businesses, "application/json"));

        await app.StartAsync();
        stub.BaseAddress = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return stub;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
