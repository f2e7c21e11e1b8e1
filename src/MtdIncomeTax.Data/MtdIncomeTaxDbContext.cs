using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Data;

/// <summary>
/// The app's database. Each provider has a subclass that owns its own migrations, because SQL
/// Server and SQLite need different column types; the app always asks for this base type.
/// </summary>
public abstract class MtdIncomeTaxDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<AppUser> Users => Set<AppUser>();

    public DbSet<HmrcConnection> HmrcConnections => Set<HmrcConnection>();

    public DbSet<AuthorisationAttempt> AuthorisationAttempts => Set<AuthorisationAttempt>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<HmrcApiCall> HmrcApiCalls => Set<HmrcApiCall>();

    public DbSet<GrantReminder> GrantReminders => Set<GrantReminder>();

    /// <summary>ASP.NET Core Data Protection keys, shared by every app instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MtdIncomeTaxDbContext).Assembly);
}
