using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MtdIncomeTax.Data;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.Data.Stores.Agents;
using MtdIncomeTax.Data.Stores.Support;
using MtdIncomeTax.Hmrc.Tokens;
using MtdIncomeTax.Hmrc.Http;

namespace Microsoft.Extensions.DependencyInjection;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the database for the configured provider, Data Protection with its keys in that
    /// database (encrypted with a certificate when DataProtection:CertificatePath is set), and the
    /// stores. A relative SQLite path is resolved against contentRootPath.
    /// </summary>
    public static IServiceCollection AddDataServices(this IServiceCollection services, IConfiguration configuration, string contentRootPath)
    {
        services.AddOptions<DatabaseOptions>()
            .BindConfiguration("Database")
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Options are read when the first context is made, not here, so that settings added
        // after registration (by a test host, for example) still count.
        services.AddDbContext<SqliteMtdIncomeTaxDbContext>((provider, builder) =>
            builder.UseSqlite(ResolveSqliteConnectionString(OptionsOf(provider).ConnectionString, contentRootPath)));
        services.AddDbContext<SqlServerMtdIncomeTaxDbContext>((provider, builder) =>
            builder.UseSqlServer(OptionsOf(provider).ConnectionString));
        services.AddScoped<MtdIncomeTaxDbContext>(provider => OptionsOf(provider).Provider == DatabaseOptions.SqlServer
            ? provider.GetRequiredService<SqlServerMtdIncomeTaxDbContext>()
            : provider.GetRequiredService<SqliteMtdIncomeTaxDbContext>());

        var dataProtection = services.AddDataProtection()
            .SetApplicationName("MtdIncomeTax")
            .PersistKeysToDbContext<MtdIncomeTaxDbContext>();
        KeyEncryptionCertificate.Register(dataProtection, configuration);

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<HmrcTokenProtector>();
        services.AddScoped<AuthorisationAttemptStore>();
        services.AddScoped<HmrcConnectionStore>();
        services.AddScoped<UserDirectory>();
        services.AddSingleton<IHmrcTokenStore, EfHmrcTokenStore>();
        services.AddScoped<AuditLog>();
        services.AddScoped<QuarterlyUpdateStore>();
        services.AddScoped<AgentPracticeStore>();
        services.AddScoped<AgentClientStore>();
        services.AddScoped<ClientCheckRunStore>();
        services.AddSingleton<HmrcCallRecorder>();
        services.AddSingleton<IHmrcCallRecorder>(provider => provider.GetRequiredService<HmrcCallRecorder>());
        services.AddHostedService(provider => provider.GetRequiredService<HmrcCallRecorder>());
        services.AddScoped<SupportConnectionQuery>();
        services.AddScoped<SupportConnectionDetailQuery>();
        services.AddScoped<FraudPreventionDataStore>();
        services.AddScoped<FraudHeaderCheckStore>();

        return services;
    }

    /// <summary>Applies pending migrations when Database:MigrateOnStart is true.</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        if (!services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStart)
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
    }

    private static DatabaseOptions OptionsOf(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;

    private static string ResolveSqliteConnectionString(string connectionString, string contentRootPath)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is not ("" or ":memory:") && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRootPath, builder.DataSource));
        }

        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return builder.ToString();
    }
}
