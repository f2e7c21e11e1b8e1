using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.Data.Stores.Agents;
using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Hmrc.Http;
using MtdIncomeTax.Web.Agents;
using MtdIncomeTax.Web.Agents.CheckAll;

namespace MtdIncomeTax.Benchmarks;

/// <summary>
/// "Check all clients" over one practice's clients, run by the app's background service through
/// the real status service and client pipeline against the emulator hosted in this process. The
/// emulator makes the clients (signed up to MTD) and authorises the practice for every other one,
/// so half the checks change a status. Each client takes one relationship check, so n clients need
/// floor((n - 1) / P) whole seconds at P requests a second: the time the rate limit allows.
/// Reports the emulator's count of 429 responses and the most Agent Authorisation requests that
/// reached it in any rolling second.
/// </summary>
public static class CheckAllRun
{
    private const string Arn = "AARN1234567";

    public static async Task<string> RunAsync(int clientCount = 500)
    {
        var databasePath = Path.Combine(Path.GetTempPath(), $"mtdincometax-checkall-{Guid.NewGuid():N}.db");
        var arrivals = new ConcurrentQueue<long>();
        await using var emulator = await RateLimitRun.StartEmulatorAsync(arrivals, "/agents");
        var address = emulator.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var emulatorControls = new HttpClient { BaseAddress = new Uri(address) };

        using var host = await BenchHost.StartAsync(databasePath, address, "checkall", configureServices: services =>
        {
            services.AddScoped<AgentClientStatusService>();
            services.AddClientCheckServices();
        });
        var options = host.Services.GetRequiredService<IOptions<HmrcOptions>>().Value;
        var tokens = await RateLimitRun.GrantAsync(host, address, "agent-1", options.BusinessScopes + " " + options.AgentScopes);
        var practice = await SeedPracticeAsync(host, tokens, await CreateClientsAsync(emulatorControls, clientCount));

        // A pause of two windows, so that the run starts with an empty log at both ends.
        await Task.Delay(TimeSpan.FromSeconds(2));
        (await emulatorControls.PostAsync("/test-support/rate-limit/reset", null)).EnsureSuccessStatusCode();
        arrivals.Clear();

        var started = Stopwatch.GetTimestamp();
        var run = await StartAndWaitAsync(host, practice);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var emulatorLimit = await emulatorControls.GetFromJsonAsync<JsonElement>("/test-support/rate-limit");

        await host.StopAsync();
        await BenchHost.DeleteDatabaseAsync(databasePath);

        var limit = host.Services.GetRequiredService<SlidingLogRateLimiter>().Options;
        var allowed = TimeSpan.FromSeconds((clientCount - 1) / limit.PermitLimit);
        return $"clients {clientCount}, limit {limit.PermitLimit} per {limit.Window.TotalMilliseconds} ms, status {run.Status}, "
            + $"elapsed {elapsed.TotalSeconds:F2} s, allowed {allowed.TotalSeconds:F0} s, ratio {elapsed / allowed:F3}, "
            + $"checked {run.Checked}, changed {run.Changed}, failed {run.Failed}, requests {arrivals.Count}, "
            + $"429 responses counted by the emulator {emulatorLimit.GetProperty("throttledRequests").GetInt64()}, "
            + $"max arrivals in any second at the emulator {RateLimitRun.MaxInAnySecond(arrivals)}";
    }

    /// <summary>Makes the clients at the emulator, and the practice's relationship with every other one.</summary>
    private static async Task<List<NewAgentClient>> CreateClientsAsync(HttpClient emulatorControls, int count)
    {
        var created = await emulatorControls.PostAsJsonAsync("/test-support/agent-clients", new { count });
        created.EnsureSuccessStatusCode();
        var people = await created.Content.ReadFromJsonAsync<JsonElement>();
        var clients = new List<NewAgentClient>();
        foreach (var person in people.EnumerateArray())
        {
            var nino = person.GetProperty("nino").GetString()!;
            var postcode = person.GetProperty("postcode").GetString()!;
            clients.Add(new NewAgentClient($"Client {clients.Count + 1:D4}", nino, postcode, AgentType.Main));
            if (clients.Count % 2 == 0)
            {
                var relationship = await emulatorControls.PostAsJsonAsync("/test-support/relationships", new { arn = Arn, nino, agentType = "main" });
                relationship.EnsureSuccessStatusCode();
            }
        }

        return clients;
    }

    private static async Task<(Guid PracticeId, Guid UserId)> SeedPracticeAsync(
        IHost host, MtdIncomeTax.Hmrc.OAuth.HmrcTokenSet tokens, List<NewAgentClient> clients)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var user = await services.GetRequiredService<UserDirectory>()
            .RecordSignInAsync("bench-agent-" + Guid.NewGuid().ToString("N"), "Bench Agent", null, "agent", CancellationToken.None);
        var practice = await services.GetRequiredService<AgentPracticeStore>()
            .RecordMembershipAsync(user.Id, "bench-practice-" + Guid.NewGuid().ToString("N"), "Bench Practice", CancellationToken.None);
        await services.GetRequiredService<HmrcConnectionStore>().SaveGrantAsync(
            new NewGrant(user.Id, ConnectionKind.AgentPractice, "Benchmark", null, tokens.Scope ?? "", tokens) { PracticeId = practice.Id, Arn = Arn },
            CancellationToken.None);
        var added = await services.GetRequiredService<AgentClientStore>().AddAsync(practice.Id, clients, CancellationToken.None);
        return added.Succeeded ? (practice.Id, user.Id) : throw new InvalidOperationException("The clients were not added.");
    }

    private static async Task<ClientCheckRun> StartAndWaitAsync(IHost host, (Guid PracticeId, Guid UserId) practice)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var runs = scope.ServiceProvider.GetRequiredService<ClientCheckRunStore>();
        var (run, _) = await runs.StartAsync(practice.PracticeId, practice.UserId, CancellationToken.None);
        host.Services.GetRequiredService<ClientCheckSignal>().Notify();
        while (true)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100));
            var latest = await runs.FindAsync(run.Id, CancellationToken.None);
            if (latest is not { Status: ClientCheckRunStatus.Running })
            {
                return latest ?? throw new InvalidOperationException("The run disappeared.");
            }
        }
    }
}
