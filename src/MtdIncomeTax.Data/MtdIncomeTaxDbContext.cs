using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores.Support;

namespace MtdIncomeTax.Data;

/// <summary>
/// The app's database. Each provider has a subclass that owns its own migrations, because SQL
/// Server and SQLite need different column types. The app always requests this base type.
/// </summary>
public abstract class MtdIncomeTaxDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<AppUser> Users => Set<AppUser>();

    public DbSet<HmrcConnection> HmrcConnections => Set<HmrcConnection>();

    public DbSet<AuthorisationAttempt> AuthorisationAttempts => Set<AuthorisationAttempt>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<HmrcApiCall> HmrcApiCalls => Set<HmrcApiCall>();

    public DbSet<GrantReminder> GrantReminders => Set<GrantReminder>();

    public DbSet<QuarterlyUpdate> QuarterlyUpdates => Set<QuarterlyUpdate>();

    public DbSet<AgentPractice> AgentPractices => Set<AgentPractice>();

    public DbSet<AgentClient> AgentClients => Set<AgentClient>();

    public DbSet<ClientCheckRun> ClientCheckRuns => Set<ClientCheckRun>();

    /// <summary>ASP.NET Core Data Protection keys, shared by every app instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MtdIncomeTaxDbContext).Assembly);

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var renamedOwners = RenamedOwners();
        foreach (var connection in ChangedConnections())
        {
            var owner = connection.Owner ?? await Users.FindAsync([connection.OwnerUserId], cancellationToken);
            connection.SearchText = ConnectionSearchText.For(owner?.Name, owner?.Email, connection.Arn);
        }

        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        foreach (var owner in renamedOwners)
        {
            var connections = await HmrcConnections.AsNoTracking()
                .Where(connection => connection.OwnerUserId == owner.Id)
                .Select(connection => new { connection.Id, connection.Arn })
                .ToListAsync(cancellationToken);

            // A direct update, so that the connection's concurrency token, which guards its tokens,
            // is neither checked nor changed by a rename.
            foreach (var connection in connections)
            {
                var searchText = ConnectionSearchText.For(owner.Name, owner.Email, connection.Arn);
                await HmrcConnections.Where(row => row.Id == connection.Id)
                    .ExecuteUpdateAsync(update => update.SetProperty(row => row.SearchText, searchText), cancellationToken);
            }
        }

        return saved;
    }

    /// <summary>Saves synchronously, as ASP.NET Core Data Protection does; it never changes owners or connections.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (RenamedOwners().Count > 0 || ChangedConnections().Count > 0)
        {
            throw new NotSupportedException("Save owners and connections with SaveChangesAsync, which keeps the support search text.");
        }

        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private List<AppUser> RenamedOwners() =>
        ChangeTracker.Entries<AppUser>()
            .Where(entry => entry.State == EntityState.Modified
                && (entry.Property(user => user.Name).IsModified || entry.Property(user => user.Email).IsModified))
            .Select(entry => entry.Entity)
            .ToList();

    private List<HmrcConnection> ChangedConnections() =>
        ChangeTracker.Entries<HmrcConnection>()
            .Where(entry => entry.State is EntityState.Added or EntityState.Modified)
            .Select(entry => entry.Entity)
            .ToList();
}
