using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MtdIncomeTax.Data;

namespace MtdIncomeTax.UnitTests.Data;

/// <summary>A private in-memory SQLite database with the app's migrations applied, alive until disposed.</summary>
public sealed class SqliteTestDatabase : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public SqliteTestDatabase()
    {
        _connection.Open();
        using var db = CreateContext();
        db.Database.Migrate();
    }

    public MtdIncomeTaxDbContext CreateContext() =>
        new SqliteMtdIncomeTaxDbContext(
            new DbContextOptionsBuilder<SqliteMtdIncomeTaxDbContext>().UseSqlite(_connection).Options);

    public void Dispose() => _connection.Dispose();
}
