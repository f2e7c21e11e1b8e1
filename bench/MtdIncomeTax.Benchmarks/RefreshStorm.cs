using System.Diagnostics;
using MtdIncomeTax.Hmrc.Tokens;

namespace MtdIncomeTax.Benchmarks;

/// <summary>
/// 1,000 concurrent callers spread over three app instances ask for the token of one grant whose
/// access token has expired. Reports how many refreshes reached HMRC and how long callers waited.
/// </summary>
public static class RefreshStorm
{
    public static async Task<string> RunAsync(int callers = 1000, int tokenLatencyMs = 50)
    {
        var databasePath = Path.Combine(Path.GetTempPath(), $"mtdincometax-storm-{Guid.NewGuid():N}.db");
        await using var stub = await StubHmrc.StartAsync();
        stub.TokenLatency = TimeSpan.FromMilliseconds(tokenLatencyMs);

        var hosts = new List<IHost>();
        for (var instance = 1; instance <= 3; instance++)
        {
            hosts.Add(await BenchHost.StartAsync(databasePath, stub.BaseAddress, $"storm-{instance}"));
        }

        var connectionId = await BenchHost.SeedConnectionAsync(hosts[0], TimeSpan.FromSeconds(-1));
        var managers = hosts.Select(host => host.Services.GetRequiredService<HmrcTokenManager>()).ToList();

        var start = new TaskCompletionSource();
        var waits = Enumerable.Range(0, callers).Select(index => Task.Run(async () =>
        {
            await start.Task;
            var started = Stopwatch.GetTimestamp();
            var result = await managers[index % managers.Count].GetAccessTokenAsync(connectionId, CancellationToken.None);
            return (Stopwatch.GetElapsedTime(started).TotalMilliseconds, result.Succeeded);
        })).ToList();
        start.SetResult();
        var results = await Task.WhenAll(waits);

        foreach (var host in hosts)
        {
            await host.StopAsync();
            host.Dispose();
        }

        await BenchHost.DeleteDatabaseAsync(databasePath);

        var sorted = results.Select(result => result.TotalMilliseconds).Order().ToArray();
        double Percentile(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return $"callers {callers}, instances 3, stub token latency {tokenLatencyMs} ms, "
            + $"token requests {stub.TokenRequests}, succeeded {results.Count(result => result.Succeeded)}, "
            + $"wait p50 {Percentile(0.50):F1} ms, p99 {Percentile(0.99):F1} ms, max {sorted[^1]:F1} ms";
    }
}
