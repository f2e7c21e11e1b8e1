using Serilog;
using Serilog.Settings.Configuration;

// Sinks are named explicitly because test hosts and single-file builds hide the dependency list
// that Serilog would otherwise scan for them.
var serilogSinks = new ConfigurationReaderOptions(
    typeof(ConsoleLoggerConfigurationExtensions).Assembly,
    typeof(FileLoggerConfigurationExtensions).Assembly);

var builder = WebApplication.CreateBuilder(args);

// preserveStaticLogger keeps this host's logger its own. The static Log.Logger is shared by every
// host in the process, which would mix the logs of test hosts running side by side.
builder.Services.AddSerilog(
    (services, logger) => logger
        .ReadFrom.Configuration(services.GetRequiredService<IConfiguration>(), serilogSinks)
        .ReadFrom.Services(services)
        .Enrich.FromLogContext(),
    preserveStaticLogger: true);

builder.Services.AddLocalEmulator();

builder.Services.AddDataServices(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddHmrcServices();
builder.Services.AddWebAuthentication();
builder.Services.AddWebServices();
builder.Services.AddGrantLifecycleServices();
builder.Services.AddFraudPreventionServices();
builder.Services.AddClientCheckServices();

var app = builder.Build();

await app.Services.MigrateDatabaseAsync();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/home/error");
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/home/status/{0}");
app.UseSecurityHeaders();
// The request log goes through this host's logger too, not the static one, which stays silent.
app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
app.UseStaticFiles();
app.UseDeviceIdCookie();
app.UseAuthentication();
app.UseAuthorization();
app.MapControllers();

await app.RunAsync();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
