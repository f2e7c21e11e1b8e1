using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using MtdIncomeTax.Emulator;
using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Hmrc.Api;
using MtdIncomeTax.Hmrc.Api.Obligations;
using MtdIncomeTax.Hmrc.Http;
using MtdIncomeTax.Hmrc.OAuth;

namespace MtdIncomeTax.Benchmarks;

/// <summary>
/// Queues obligation reads at once through the real client pipeline (token from the database, rate
/// limiter, retries) against the emulator hosted in this process, whose own per-application limit
/// returns 429 past 3 requests in any second. Compares the time the reads take with the time the
/// rate limit allows: with P requests a second, n reads need floor((n - 1) / P) whole seconds before
/// the last can leave. Also reports the emulator's count of 429 responses and the most requests
/// that reached its middleware in any rolling second.
/// </summary>
public static class RateLimitRun
{
    public static async Task<string> RunAsync(int reads = 100)
    {
        var databasePath = Path.Combine(Path.GetTempPath(), $"mtdincometax-ratelimit-{Guid.NewGuid():N}.db");
        var arrivals = new ConcurrentQueue<long>();
        await using var emulator = await StartEmulatorAsync(arrivals, "/obligations");
        var address = emulator.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var statuses = new ConcurrentQueue<int>();

        // The queue must hold the whole burst: at 3 a second the last read waits 33 seconds.
        using var host = await BenchHost.StartAsync(
            databasePath,
            address,
            "ratelimit",
            new Dictionary<string, string?> { ["Hmrc:RateLimit:MaxQueueWait"] = "00:02:00", ["Hmrc:Retry:TotalTimeout"] = "00:03:00" },
            services => services.AddSingleton<IHmrcCallRecorder>(new StatusCounter(statuses)));
        var options = host.Services.GetRequiredService<IOptions<HmrcOptions>>().Value;
        var connectionId = await BenchHost.SeedConnectionAsync(host, await GrantAsync(host, address, "individual-1", options.BusinessScopes));
        var client = host.Services.GetRequiredService<ObligationsClient>();
        var nino = Nino.TryParse("AA123456A", out var parsed) ? parsed : throw new InvalidOperationException("Invalid NINO.");
        using var emulatorControls = new HttpClient { BaseAddress = new Uri(address) };

        // One warm-up read, then a pause of two windows, so that the burst starts with an empty log.
        await ReadObligationsAsync(client, connectionId, nino);
        await Task.Delay(TimeSpan.FromSeconds(2));
        (await emulatorControls.PostAsync("/test-support/rate-limit/reset", null)).EnsureSuccessStatusCode();
        arrivals.Clear();
        statuses.Clear();

        var started = Stopwatch.GetTimestamp();
        var results = await Task.WhenAll(Enumerable.Range(0, reads).Select(_ => ReadObligationsAsync(client, connectionId, nino)));
        var elapsed = Stopwatch.GetElapsedTime(started);
        var emulatorLimit = await emulatorControls.GetFromJsonAsync<JsonElement>("/test-support/rate-limit");

        await host.StopAsync();
        await BenchHost.DeleteDatabaseAsync(databasePath);

        var limit = host.Services.GetRequiredService<SlidingLogRateLimiter>().Options;
        var allowed = TimeSpan.FromSeconds((reads - 1) / limit.PermitLimit);
        var failures = results.Where(result => !result.Succeeded).GroupBy(result => result.Error!.Code)
            .Select(group => $"{group.Key} x{group.Count()}");
        return $"reads {reads}, limit {limit.PermitLimit} per {limit.Window.TotalMilliseconds} ms, "
            + $"elapsed {elapsed.TotalSeconds:F2} s, allowed {allowed.TotalSeconds:F0} s, ratio {elapsed / allowed:F3}, "
            + $"succeeded {results.Count(result => result.Succeeded)}, failed [{string.Join(", ", failures)}], "
            + $"sends {statuses.Count}, 429 responses seen by the client {statuses.Count(status => status == 429)}, "
            + $"429 responses counted by the emulator {emulatorLimit.GetProperty("throttledRequests").GetInt64()}, "
            + $"max arrivals in any second at the emulator {MaxInAnySecond(arrivals)}";
    }

    /// <summary>Starts the emulator in test mode, recording the arrival time of each request whose path starts with countedPath.</summary>
    internal static async Task<WebApplication> StartEmulatorAsync(ConcurrentQueue<long> arrivals, string countedPath)
    {
        var emulator = EmulatorApp.Build([], new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Emulator:TestMode"] = "true",
            ["Emulator:OAuthClients:0:ClientId"] = BenchHost.ClientId,
            ["Emulator:OAuthClients:0:ClientSecret"] = BenchHost.ClientSecret,
            ["Emulator:OAuthClients:0:RedirectUris:0"] = BenchHost.RedirectUri,
        });

        // Arrival times taken by the emulator, which is what HMRC's limit counts.
        emulator.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(countedPath, StringComparison.Ordinal))
            {
                arrivals.Enqueue(Stopwatch.GetTimestamp());
            }

            await next(context);
        });
        await emulator.StartAsync();
        return emulator;
    }

    /// <summary>Signs in as the test user on the emulator's pages, grants authority for the scopes and exchanges the code.</summary>
    internal static async Task<HmrcTokenSet> GrantAsync(IHost host, string address, string userId, string scopes)
    {
        var options = host.Services.GetRequiredService<IOptions<HmrcOptions>>().Value;
        var pkce = PkcePair.Create();
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };

        var authorize = await browser.GetAsync(HmrcAuthorizeUrl.Create(options, scopes, "bench-state", pkce.Challenge));
        var startPath = authorize.Headers.Location!.OriginalString;
        var signIn = await browser.PostAsync(startPath + "/sign-in", Form(("userId", userId), ("password", "emulator")));
        var grant = await browser.PostAsync(signIn.Headers.Location!.OriginalString, Form(("decision", "grant")));
        var code = QueryHelpers.ParseQuery(grant.Headers.Location!.Query).GetValueOrDefault("code").ToString();
        if (code.Length == 0)
        {
            throw new InvalidOperationException($"The emulator granted no code: {grant.StatusCode} {grant.Headers.Location}");
        }

        var tokens = await host.Services.GetRequiredService<HmrcTokenClient>().ExchangeCodeAsync(code, pkce.Verifier, CancellationToken.None);
        return tokens.Succeeded ? tokens.Tokens : throw new InvalidOperationException($"The code exchange failed: {tokens.Outcome} {tokens.Error}");
    }

    private static Task<HmrcApiResult<IncomeAndExpenditureObligations>> ReadObligationsAsync(
        ObligationsClient client, Guid connectionId, Nino nino) =>
        client.RetrieveIncomeAndExpenditureObligationsAsync(connectionId, nino, new IncomeAndExpenditureObligationsQuery(), CancellationToken.None);

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(field => KeyValuePair.Create(field.Name, field.Value)));

    internal static int MaxInAnySecond(IEnumerable<long> timestamps)
    {
        var sorted = timestamps.Order().ToArray();
        var max = 0;
        for (int first = 0, last = 0; last < sorted.Length; last++)
        {
            while (Stopwatch.GetElapsedTime(sorted[first], sorted[last]) >= TimeSpan.FromSeconds(1))
            {
                first++;
            }

            max = Math.Max(max, last - first + 1);
        }

        return max;
    }

    /// <summary>Keeps the status of every send, as the support call records would.</summary>
    private sealed class StatusCounter(ConcurrentQueue<int> statuses) : IHmrcCallRecorder
    {
        public Task RecordAsync(HmrcCallRecord record, CancellationToken cancellationToken)
        {
            statuses.Enqueue(record.StatusCode);
            return Task.CompletedTask;
        }
    }
}
