using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MtdIncomeTax.Data;

/// <summary>Lets dotnet-ef create SQLite migrations without starting the web app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteMtdIncomeTaxDbContext>
{
    public SqliteMtdIncomeTaxDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteMtdIncomeTaxDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Lets dotnet-ef create SQL Server migrations; no server is contacted.</summary>
internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerMtdIncomeTaxDbContext>
{
    public SqlServerMtdIncomeTaxDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerMtdIncomeTaxDbContext>().UseSqlServer("Server=design;Database=MtdIncomeTax").Options);
}
