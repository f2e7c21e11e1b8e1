using Microsoft.EntityFrameworkCore;

namespace MtdIncomeTax.Data;

public sealed class SqlServerMtdIncomeTaxDbContext(DbContextOptions<SqlServerMtdIncomeTaxDbContext> options)
    : MtdIncomeTaxDbContext(options);
