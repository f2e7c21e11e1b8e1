using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Hmrc.OAuth;

namespace MtdIncomeTax.Benchmarks;

/// <summary>One app instance's HMRC and data services, without the web layer, on a shared SQLite file.</summary>
public static class BenchHost
{
    public const string ClientId = "benchmark";
    public const string ClientSecret = "benchmark-secret";
    public const string RedirectUri = "http://localhost/hmrc/callback";

    /// <summary>Starts an instance; settings are applied over the defaults, and configureServices runs last.</summary>
    public static async Task<IHost> StartAsync(
        string databasePath,
        string hmrcAddress,
        string instanceName,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = $"Data Source={databasePath}",
            ["Hmrc:Environment"] = "Benchmark",
            ["Hmrc:AuthorizeEndpoint"] = hmrcAddress + "/oauth/authorize",
            ["Hmrc:TokenEndpoint"] = hmrcAddress + "/oauth/token",
            ["Hmrc:ApiBaseAddress"] = hmrcAddress,
            ["Hmrc:ClientId"] = ClientId,
            ["Hmrc:ClientSecret"] = ClientSecret,
            ["Hmrc:RedirectUri"] = RedirectUri,
            ["Hmrc:Tokens:InstanceName"] = instanceName,
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddDataServices(builder.Configuration, Path.GetTempPath());
        builder.Services.AddHmrcServices();
        configureServices?.Invoke(builder.Services);

        var host = builder.Build();
        await host.Services.MigrateDatabaseAsync();
        await host.StartAsync();
        return host;
    }

    /// <summary>Stores a business connection whose access token expires after accessTokenLifetime.</summary>
    public static Task<Guid> SeedConnectionAsync(IHost host, TimeSpan accessTokenLifetime) =>
        SeedConnectionAsync(host, new HmrcTokenSet("access-0", "refresh-0", accessTokenLifetime, "read:self-assessment"));

    /// <summary>Stores a business connection of NINO AA123456A with the given tokens.</summary>
    public static async Task<Guid> SeedConnectionAsync(IHost host, HmrcTokenSet tokens)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<MtdIncomeTax.Data.Stores.UserDirectory>();
        var user = await users.RecordSignInAsync("bench-" + Guid.NewGuid().ToString("N"), "Bench", null, "business", CancellationToken.None);
        var store = scope.ServiceProvider.GetRequiredService<MtdIncomeTax.Data.Stores.HmrcConnectionStore>();
        var connection = await store.SaveGrantAsync(
            new MtdIncomeTax.Data.Stores.NewGrant(user.Id, ConnectionKind.Business, "Benchmark", "AA123456A", tokens.Scope ?? "read:self-assessment", tokens),
            CancellationToken.None);
        return connection.Id;
    }

    public static async Task DeleteDatabaseAsync(string databasePath)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await Task.Yield();
        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
        {
            File.Delete(file);
        }
    }
}

