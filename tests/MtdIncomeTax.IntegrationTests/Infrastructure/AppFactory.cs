using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Serilog.Core;
using WireMock.Server;

namespace MtdIncomeTax.IntegrationTests.Infrastructure;

/// <summary>
/// The real app on a private SQLite file, with WireMock.Net standing in for HMRC over real HTTP,
/// a controllable clock, captured logs and a test sign-in.
/// </summary>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    public const string ClientId = "test-client-id";
    public const string ClientSecret = "test-client-secret-5f1c";
    public const string RedirectUri = "https://app.example.test/hmrc/callback";
    public const string AuthorizeEndpoint = "https://test-www.hmrc.example/oauth/authorize";

    private readonly string _databasePath;
    private readonly bool _ownsSharedParts;

    public AppFactory()
        : this(Path.Combine(Path.GetTempPath(), $"mtdincometax-{Guid.NewGuid():N}.db"), WireMockServer.Start(), new FakeTimeProvider(DateTimeOffset.UtcNow))
    {
        _ownsSharedParts = true;
    }

    /// <summary>An app instance that shares its database, HMRC stub and clock with other instances.</summary>
    internal AppFactory(string databasePath, WireMockServer hmrc, FakeTimeProvider time)
    {
        _databasePath = databasePath;
        Hmrc = hmrc;
        Time = time;
    }

    public WireMockServer Hmrc { get; }

    public FakeTimeProvider Time { get; }

    /// <summary>Address of a real HMRC emulator to use in place of the WireMock stub, when set.</summary>
    public string? HmrcAddress { get; init; }

    /// <summary>Extra settings applied after the defaults.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>Name of this instance in refresh leases.</summary>
    public string InstanceName { get; init; } = "test-instance";

    public CapturingLogSink Logs { get; } = new();

    public string DatabasePath => _databasePath;

    /// <summary>Time the app allows the token endpoint before giving up.</summary>
    public TimeSpan TokenRequestTimeout { get; init; } = TimeSpan.FromSeconds(15);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:ConnectionString", $"Data Source={_databasePath}");
        builder.UseSetting("Hmrc:Environment", "Sandbox");
        var hmrcAddress = HmrcAddress ?? Hmrc.Url!;
        builder.UseSetting("Hmrc:AuthorizeEndpoint", HmrcAddress is null ? AuthorizeEndpoint : HmrcAddress + "/oauth/authorize");
        builder.UseSetting("Hmrc:TokenEndpoint", hmrcAddress + "/oauth/token");
        builder.UseSetting("Hmrc:ApiBaseAddress", hmrcAddress);
        builder.UseSetting("Hmrc:ClientId", ClientId);
        builder.UseSetting("Hmrc:ClientSecret", ClientSecret);
        builder.UseSetting("Hmrc:RedirectUri", RedirectUri);
        builder.UseSetting("Hmrc:TokenRequestTimeout", TokenRequestTimeout.ToString());
        builder.UseSetting("Hmrc:Tokens:InstanceName", InstanceName);
        builder.UseSetting("Hmrc:Tokens:LeasePollInterval", "00:00:00.020");
        // WireMock has no rate limit and responds at once, so tests of the limit and of retry
        // timing set their own values.
        builder.UseSetting("Hmrc:RateLimit:RequestsPerSecond", "1000");
        builder.UseSetting("Hmrc:Retry:BaseDelay", "00:00:00.050");
        builder.UseSetting("Authentication:Authority", "https://sign-in.example.test/");
        builder.UseSetting("Authentication:ClientId", "web");
        builder.UseSetting("Authentication:ClientSecret", "unused-in-tests");

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            services.AddSingleton<ILogEventSink>(Logs);
            services.AddAuthentication(options =>
                {
                    options.DefaultScheme = TestAuthHandler.SchemeName;
                    options.DefaultChallengeScheme = TestAuthHandler.SchemeName;
                })
                .AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, _ => { });
        });
    }

    /// <summary>
    /// A browser-like client for one signed-in person: keeps cookies and does not follow redirects.
    /// An agent works for the named practice, or for a practice of their own.
    /// </summary>
    public HttpClient CreateClientFor(string subject, string role = "business", string? practice = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add(TestAuthHandler.UserHeader, subject);
        client.DefaultRequestHeaders.Add(TestAuthHandler.RoleHeader, role);
        if (practice is not null)
        {
            client.DefaultRequestHeaders.Add(TestAuthHandler.PracticeHeader, practice);
        }

        return client;
    }

    /// <summary>The raw bytes of the database, including any write-ahead log, as they sit on disk.</summary>
    public string ReadDatabaseFileText()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var text = File.Exists(_databasePath) ? File.ReadAllText(_databasePath) : "";
        var wal = _databasePath + "-wal";
        return File.Exists(wal) ? text + File.ReadAllText(wal) : text;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!_ownsSharedParts)
        {
            return;
        }

        Hmrc.Stop();
        Hmrc.Dispose();
        DeleteDatabase(_databasePath);
    }

    /// <summary>Deletes a SQLite database file with its write-ahead log, after closing pooled connections to it.</summary>
    public static void DeleteDatabase(string databasePath)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
        {
            File.Delete(file);
        }
    }
}
