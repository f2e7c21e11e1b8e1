using System.Net;
using System.Net.Sockets;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using Serilog.Core;

namespace MtdIncomeTax.EndToEndTests;

/// <summary>
/// The web app on real Kestrel ports, configured as a newcomer's machine would be: it starts the
/// HMRC emulator and development sign-in itself, on SQLite, with logs written to a file.
/// </summary>
public sealed class RunningApp : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mtdincometax-e2e-" + Guid.NewGuid().ToString("N"));

    public RunningApp()
    {
        Directory.CreateDirectory(_folder);
        AppPort = FreePort();
        EmulatorPort = FreePort();
        UseKestrel(AppPort);
        StartServer();
    }

    /// <summary>The public address browsers connect to, in Gov-Vendor-Public-IP.</summary>
    public const string VendorPublicIp = "203.0.113.77";

    public int AppPort { get; }

    public int EmulatorPort { get; }

    public string AppUrl => $"http://localhost:{AppPort}";

    public string EmulatorUrl => $"http://localhost:{EmulatorPort}";

    public string DatabasePath => Path.Combine(_folder, "mtdincometax.db");

    public string LogPath => Path.Combine(_folder, "app.log");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("EndToEnd");

        var settings = new Dictionary<string, string>
        {
            ["Emulator:Url"] = EmulatorUrl,
            ["Emulator:TestMode"] = "true",
            ["Hmrc:Environment"] = "Emulator",
            ["Hmrc:AuthorizeEndpoint"] = EmulatorUrl + "/oauth/authorize",
            ["Hmrc:TokenEndpoint"] = EmulatorUrl + "/oauth/token",
            ["Hmrc:ApiBaseAddress"] = EmulatorUrl,
            ["Hmrc:ClientId"] = "mtdincometax-e2e",
            ["Hmrc:RedirectUri"] = AppUrl + "/hmrc/callback",
            ["Authentication:Authority"] = EmulatorUrl + "/",
            ["Authentication:ClientId"] = "mtdincometax-web-e2e",
            ["Authentication:RequireHttpsMetadata"] = "false",
            ["Database:ConnectionString"] = $"Data Source={DatabasePath}",
            ["Serilog:MinimumLevel:Default"] = "Debug",

            // As if behind our own proxy on loopback, whose X-Forwarded-For carries the browser's
            // public address; documentation ranges stand in for public addresses.
            ["Hmrc:FraudPrevention:VendorPublicIp"] = VendorPublicIp,
            ["Hmrc:FraudPrevention:LicenceKeys:mtdincometax"] = "end-to-end-licence",
            ["FraudPrevention:TrustedProxies:0"] = "127.0.0.1",
            ["FraudPrevention:TrustedProxies:1"] = "::1",
            ["FraudPrevention:CheckAfterLinking"] = "true",
        };

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        // Everything the app logs also goes to a file, read back after the journey.
        builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(
            new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.File(LogPath, formatProvider: System.Globalization.CultureInfo.InvariantCulture).CreateLogger()));
    }

    /// <summary>Every token and code the emulator issued, from its test-mode report.</summary>
    public async Task<IReadOnlyList<string>> IssuedSecretsAsync()
    {
        using var http = new HttpClient();
        var report = await http.GetFromJsonAsync<IssuedSecrets>(EmulatorUrl + "/test-support/issued-secrets");
        return [.. report!.AccessTokens, .. report.RefreshTokens, .. report.AuthorizationCodes];
    }

    /// <summary>Reads a file the app may still have open, such as its log or its database.</summary>
    public static string ReadShared(string path)
    {
        if (!File.Exists(path))
        {
            return "";
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record IssuedSecrets(string[] AccessTokens, string[] RefreshTokens, string[] AuthorizationCodes);
}
