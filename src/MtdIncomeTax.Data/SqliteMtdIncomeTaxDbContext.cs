using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MtdIncomeTax.Data;

public sealed class SqliteMtdIncomeTaxDbContext(DbContextOptions<SqliteMtdIncomeTaxDbContext> options)
    : MtdIncomeTaxDbContext(options)
{
    // SQLite stores DateTimeOffset as text, which EF Core cannot compare or order in queries.
    // A 64-bit number keeps both the instant and the offset and sorts correctly.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
}
