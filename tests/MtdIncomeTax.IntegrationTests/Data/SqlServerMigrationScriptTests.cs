using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using MtdIncomeTax.Data;

namespace MtdIncomeTax.IntegrationTests.Data;

public sealed class SqlServerMigrationScriptTests
{
    [Fact]
    public void SQL_Server_migration_script_parses_as_T_SQL()
    {
        using var db = new SqlServerMtdIncomeTaxDbContext(
            new DbContextOptionsBuilder<SqlServerMtdIncomeTaxDbContext>().UseSqlServer("Server=unused;Database=unused").Options);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        parser.Parse(reader, out var errors);

        Assert.Contains("CREATE TABLE [HmrcConnections]", script);
        Assert.Contains("CREATE TABLE [DataProtectionKeys]", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_HmrcConnections_OwnerUserId]", script);
        Assert.Empty(errors.Select(error => $"line {error.Line}: {error.Message}"));
    }

    [Fact]
    public void Models_match_their_migrations()
    {
        using var sqlServer = new SqlServerMtdIncomeTaxDbContext(
            new DbContextOptionsBuilder<SqlServerMtdIncomeTaxDbContext>().UseSqlServer("Server=unused;Database=unused").Options);
        using var sqlite = new SqliteMtdIncomeTaxDbContext(
            new DbContextOptionsBuilder<SqliteMtdIncomeTaxDbContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.False(sqlServer.Database.HasPendingModelChanges());
        Assert.False(sqlite.Database.HasPendingModelChanges());
    }
}
