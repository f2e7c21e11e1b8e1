using System.Diagnostics;
using MtdIncomeTax.Data;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores.Support;

namespace MtdIncomeTax.Benchmarks;

/// <summary>
/// Times the support list over 100,000 connections in SQLite: the first page, a filtered page and
/// searches, each the median of repeated runs after a warm-up. Rows are generated, with owners'
/// names, emails and NINOs spread so that a search matches a realistic share of them.
/// </summary>
public static class SupportListTimings
{
    private static readonly string[] Surnames = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Wright"];

    public static async Task<IReadOnlyList<string>> RunAsync(int connections = 100_000, int runs = 21)
    {
        var databasePath = Path.Combine(Path.GetTempPath(), $"mtdincometax-support-{Guid.NewGuid():N}.db");
        await using var stub = await StubHmrc.StartAsync();
        using var host = await BenchHost.StartAsync(databasePath, stub.BaseAddress, "support-bench");

        var seeding = Stopwatch.StartNew();
        await SeedAsync(host, connections);
        var lines = new List<string> { $"seeded {connections} connections in {seeding.Elapsed.TotalSeconds:F1} s" };


        var cases = new (string Name, SupportConnectionFilter Filter, int Page)[]
        {
            ("first page, no filter", SupportConnectionFilter.None, 1),
            ("page 2,000, no filter", SupportConnectionFilter.None, 2000),
            ("needs re-authorisation, ending within 90 days", new(ConnectionStatus.NeedsReauthorisation, 90), 1),
            ("search by surname", new(Search: "Wright"), 1),
            ("search by email fragment", new(Search: "user-4242"), 1),
            ("search by full NINO", new(Search: "AB 04 24 20 C"), 1),
        };

        foreach (var (name, filter, page) in cases)
        {
            var timings = new List<double>();
            for (var run = 0; run <= runs; run++)
            {
                await using var scope = host.Services.CreateAsyncScope();
                var query = scope.ServiceProvider.GetRequiredService<SupportConnectionQuery>();
                var started = Stopwatch.GetTimestamp();
                var result = await query.ListPageAsync(filter, page, CancellationToken.None);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (run > 0)
                {
                    timings.Add(elapsed);
                }

                if (run == runs)
                {
                    timings.Sort();
                    lines.Add($"{name}: median {timings[timings.Count / 2]:F1} ms, max {timings[^1]:F1} ms, {result.TotalCount} matches");
                }
            }
        }

        await host.StopAsync();
        await BenchHost.DeleteDatabaseAsync(databasePath);
        return lines;
    }

    private static async Task SeedAsync(IHost host, int count)
    {
        var now = DateTimeOffset.UtcNow;
        const int Batch = 5_000;
        for (var start = 0; start < count; start += Batch)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var index = start; index < Math.Min(count, start + Batch); index++)
            {
                var user = new AppUser
                {
                    Id = Guid.NewGuid(),
                    Subject = $"subject-{index}",
                    Name = $"Owner {index} {Surnames[index % Surnames.Length]}",
                    Email = $"user-{index}@example.test",
                    Role = "business",
                    CreatedAt = now,
                    LastSignedInAt = now,
                };
                var granted = now.AddDays(-(index % 547));
                db.Users.Add(user);
                db.HmrcConnections.Add(new HmrcConnection
                {
                    Id = Guid.NewGuid(),
                    OwnerUserId = user.Id,
                    Kind = ConnectionKind.Business,
                    Environment = "Sandbox",
                    Nino = $"AB{index:D6}C",
                    Scopes = "read:self-assessment write:self-assessment",
                    ProtectedAccessToken = "not-a-real-token",
                    ProtectedRefreshToken = "not-a-real-token",
                    AccessTokenExpiresAt = now.AddHours(index % 5),
                    GrantedAt = granted,
                    GrantExpiresAt = granted.AddDays(547),
                    Status = index % 20 == 0 ? ConnectionStatus.NeedsReauthorisation : ConnectionStatus.Active,
                    CreatedAt = granted,
                    UpdatedAt = granted,
                    ConcurrencyToken = Guid.NewGuid(),
                });
            }

            await db.SaveChangesAsync();
        }
    }
}
