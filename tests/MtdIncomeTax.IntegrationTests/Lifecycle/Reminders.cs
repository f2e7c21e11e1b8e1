using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MtdIncomeTax.Data;
using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.IntegrationTests.Lifecycle;

/// <summary>Connections put straight into the database, and the reminders recorded for them.</summary>
public static class Reminders
{
    public static async Task<HmrcConnection> InsertConnectionAsync(
        IServiceProvider services,
        DateTimeOffset grantExpiresAt,
        string? email,
        ConnectionStatus status = ConnectionStatus.Active)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();
        var user = new AppUser { Id = Guid.NewGuid(), Subject = Guid.NewGuid().ToString("N"), Name = "Sam", Email = email, Role = "business" };
        var connection = new HmrcConnection
        {
            Id = Guid.NewGuid(),
            OwnerUserId = user.Id,
            Environment = "Sandbox",
            Nino = "AA123456A",
            Scopes = "read:self-assessment write:self-assessment",
            Status = status,
            GrantedAt = grantExpiresAt - TimeSpan.FromDays(547),
            GrantExpiresAt = grantExpiresAt,
        };
        db.Users.Add(user);
        db.HmrcConnections.Add(connection);
        await db.SaveChangesAsync();

        return connection;
    }

    public static async Task<List<GrantReminder>> RecordedAsync(IServiceProvider services, Guid connectionId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();
        var reminders = await db.GrantReminders.AsNoTracking().Where(reminder => reminder.ConnectionId == connectionId).ToListAsync();

        return reminders.OrderByDescending(reminder => reminder.DaysBefore).ToList();
    }

    public static async Task<List<AuditEvent>> AuditedAsync(IServiceProvider services, Guid connectionId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();

        return await db.AuditEvents.AsNoTracking()
            .Where(audit => audit.ConnectionId == connectionId && audit.Kind == AuditEventKind.ReminderSent)
            .ToListAsync();
    }

    /// <summary>Waits for the background service, which runs on its own thread, to record what the test expects.</summary>
    public static async Task<List<GrantReminder>> WaitForAsync(
        IServiceProvider services,
        Guid connectionId,
        Func<List<GrantReminder>, bool> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var reminders = await RecordedAsync(services, connectionId);
            if (condition(reminders) || waited.Elapsed > TimeSpan.FromSeconds(10))
            {
                return reminders;
            }

            await Task.Delay(50);
        }
    }
}
