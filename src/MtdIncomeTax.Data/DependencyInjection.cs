using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MtdIncomeTax.Data;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.Hmrc;

namespace Microsoft.Extensions.DependencyInjection;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the database for the configured provider, Data Protection with its keys in that
    /// database, and the stores. A relative SQLite path is resolved against contentRootPath.
    /// </summary>
    public static IServiceCollection AddDataServices(this IServiceCollection services, IConfiguration configuration, string contentRootPath)
    {
        services.AddOptions<DatabaseOptions>()
            .BindConfiguration("Database")
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var options = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (options.Provider == DatabaseOptions.SqlServer)
        {
            services.AddDbContext<MtdIncomeTaxDbContext, SqlServerMtdIncomeTaxDbContext>(builder =>
                builder.UseSqlServer(options.ConnectionString));
        }
        else
        {
            var connectionString = ResolveSqliteConnectionString(options.ConnectionString, contentRootPath);
            services.AddDbContext<MtdIncomeTaxDbContext, SqliteMtdIncomeTaxDbContext>(builder =>
                builder.UseSqlite(connectionString));
        }

        services.AddDataProtection()
            .SetApplicationName("MtdIncomeTax")
            .PersistKeysToDbContext<MtdIncomeTaxDbContext>();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<HmrcTokenProtector>();
        services.AddScoped<AuthorisationAttemptStore>();
        services.AddScoped<HmrcConnectionStore>();
        services.AddScoped<UserDirectory>();
        services.AddScoped<IHmrcAccessTokenSource, StoredAccessTokenSource>();

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
