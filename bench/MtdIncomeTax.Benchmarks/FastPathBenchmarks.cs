using BenchmarkDotNet.Attributes;
using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Hmrc.Api.BusinessDetails;

namespace MtdIncomeTax.Benchmarks;

/// <summary>
/// One List All Businesses call through the whole handler chain (token manager, bearer token,
/// Accept header, logging and call record) with a valid stored token, against the same call on a
/// bare HttpClient. Both go to the same loopback stub and parse the same JSON.
/// </summary>
[MemoryDiagnoser]
public class FastPathBenchmarks : IDisposable
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"mtdincometax-bench-{Guid.NewGuid():N}.db");
    private StubHmrc _stub = null!;
    private IHost _host = null!;
    private HttpClient _bare = null!;
    private Guid _connectionId;
    private Nino _nino = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _stub = await StubHmrc.StartAsync();
        _host = await BenchHost.StartAsync(_databasePath, _stub.BaseAddress, "bench-1");
        _connectionId = await BenchHost.SeedConnectionAsync(_host, TimeSpan.FromHours(4));
        _bare = new HttpClient { BaseAddress = new Uri(_stub.BaseAddress + "/") };
        _nino = Nino.TryParse("AA123456A", out var nino) ? nino : throw new InvalidOperationException("The benchmark NINO is invalid.");
    }

    [Benchmark(Baseline = true)]
    public async Task<BusinessList?> BareHttpClient() =>
        await _bare.GetFromJsonAsync<BusinessList>("individuals/business/details/AA123456A/list");

    [Benchmark]
    public async Task<BusinessList?> FullHandlerChain()
    {
        var client = _host.Services.GetRequiredService<BusinessDetailsClient>();
        var result = await client.ListAllBusinessesAsync(_connectionId, _nino, CancellationToken.None);
        return result.Value;
    }

    public void Dispose()
    {
        _bare.Dispose();
        GC.SuppressFinalize(this);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await _stub.DisposeAsync();
        await BenchHost.DeleteDatabaseAsync(_databasePath);
    }
}
