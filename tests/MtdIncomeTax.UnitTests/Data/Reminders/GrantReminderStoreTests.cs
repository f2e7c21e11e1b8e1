using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MtdIncomeTax.Data;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Reminders;

namespace MtdIncomeTax.UnitTests.Data.Reminders;

public sealed class GrantReminderStoreTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2028, 5, 10, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Second_claim_of_a_reminder_is_skipped()
    {
        var connection = await AddConnectionAsync(_time.GetUtcNow() + TimeSpan.FromDays(20));

        using var first = _database.CreateContext();
        using var second = _database.CreateContext();
        var claimed = await Store(first).TryClaimAsync(connection, 30, "sam@example.test", CancellationToken.None);
        var duplicate = await Store(second).TryClaimAsync(connection, 30, "sam@example.test", CancellationToken.None);

        using var db = _database.CreateContext();
        Assert.NotNull(claimed);
        Assert.Null(duplicate);
        Assert.Equal(1, await db.GrantReminders.CountAsync());
    }

    [Fact]
    public async Task Candidates_list_reminders_of_the_current_grant_only()
    {
        var connection = await AddConnectionAsync(_time.GetUtcNow() + TimeSpan.FromDays(20));
        using (var db = _database.CreateContext())
        {
            var store = Store(db);
            await store.TryClaimAsync(connection, 30, null, CancellationToken.None);
            connection.GrantExpiresAt -= TimeSpan.FromDays(540);
            await store.TryClaimAsync(connection, 14, null, CancellationToken.None);
        }

        using var reader = _database.CreateContext();
        var candidate = Assert.Single(await Store(reader).ListCandidatesAsync(CancellationToken.None));

        Assert.Equal([30], candidate.RecordedDaysBefore);
        Assert.Equal("sam@example.test", candidate.Connection.Owner?.Email);
    }

    [Fact]
    public async Task Candidates_leave_out_distant_and_inactive_grants()
    {
        await AddConnectionAsync(_time.GetUtcNow() + TimeSpan.FromDays(31));
        await AddConnectionAsync(_time.GetUtcNow() + TimeSpan.FromDays(10), ConnectionStatus.Disconnected);
        await AddConnectionAsync(_time.GetUtcNow() - TimeSpan.FromDays(1));

        using var db = _database.CreateContext();

        Assert.Empty(await Store(db).ListCandidatesAsync(CancellationToken.None));
    }

    public void Dispose() => _database.Dispose();

    private GrantReminderStore Store(MtdIncomeTaxDbContext db) =>
        new(db, _time, NullLogger<GrantReminderStore>.Instance);

    private async Task<HmrcConnection> AddConnectionAsync(
        DateTimeOffset grantExpiresAt,
        ConnectionStatus status = ConnectionStatus.Active)
    {
        using var db = _database.CreateContext();
        var user = new AppUser { Id = Guid.NewGuid(), Subject = Guid.NewGuid().ToString(), Name = "Sam", Email = "sam@example.test", Role = "business" };
        var connection = new HmrcConnection
        {
            Id = Guid.NewGuid(),
            OwnerUserId = user.Id,
            Environment = "Sandbox",
            Scopes = "read:self-assessment",
            Status = status,
            GrantedAt = grantExpiresAt - TimeSpan.FromDays(547),
            GrantExpiresAt = grantExpiresAt,
        };
        db.Users.Add(user);
        db.HmrcConnections.Add(connection);
        await db.SaveChangesAsync();

        return connection;
    }
}
