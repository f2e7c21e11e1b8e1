using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Data.Reminders;

/// <summary>Finds connections that may need a grant-ending reminder and records each reminder once.</summary>
public sealed class GrantReminderStore(
    MtdIncomeTaxDbContext db,
    TimeProvider timeProvider,
    ILogger<GrantReminderStore> logger)
{
    private const int MaxErrorLength = 500;

    /// <summary>Lists Active connections whose grant ends within the first reminder's window.</summary>
    public async Task<IReadOnlyList<ReminderCandidate>> ListCandidatesAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var windowEnd = now + TimeSpan.FromDays(GrantReminderSchedule.FirstDaysBefore);
        var connections = await db.HmrcConnections.AsNoTracking()
            .Include(connection => connection.Owner)
            .Where(connection => connection.Status == ConnectionStatus.Active
                && connection.GrantExpiresAt > now
                && connection.GrantExpiresAt <= windowEnd)
            .ToListAsync(cancellationToken);

        var ids = connections.Select(connection => connection.Id).ToList();
        var reminders = await db.GrantReminders.AsNoTracking()
            .Where(reminder => ids.Contains(reminder.ConnectionId))
            .ToListAsync(cancellationToken);

        return connections
            .Select(connection => new ReminderCandidate(
                connection,
                reminders
                    .Where(reminder => reminder.ConnectionId == connection.Id && reminder.GrantExpiresAt == connection.GrantExpiresAt)
                    .Select(reminder => reminder.DaysBefore)
                    .ToList()))
            .ToList();
    }

    /// <summary>
    /// Inserts the reminder row before anything is sent. Returns null when another app instance
    /// recorded the same reminder first: the unique index on (ConnectionId, GrantExpiresAt,
    /// DaysBefore) rejects the second insert, so each reminder goes out at most once.
    /// </summary>
    public async Task<GrantReminder?> TryClaimAsync(
        HmrcConnection connection,
        int daysBefore,
        string? recipient,
        CancellationToken cancellationToken)
    {
        var reminder = new GrantReminder
        {
            Id = Guid.NewGuid(),
            ConnectionId = connection.Id,
            GrantExpiresAt = connection.GrantExpiresAt,
            DaysBefore = daysBefore,
            CreatedAt = timeProvider.GetUtcNow(),
            Recipient = recipient,
        };
        db.GrantReminders.Add(reminder);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return reminder;
        }
        catch (DbUpdateException)
        {
            if (!await ExistsAsync(reminder, cancellationToken))
            {
                throw;
            }

            logger.ReminderClaimedElsewhere(daysBefore, connection.Id);
            return null;
        }
    }

    /// <summary>Records that the reminder was sent, or why it was not.</summary>
    public async Task RecordOutcomeAsync(GrantReminder reminder, string? error, CancellationToken cancellationToken)
    {
        if (error is null)
        {
            reminder.SentAt = timeProvider.GetUtcNow();
        }
        else
        {
            reminder.Error = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<bool> ExistsAsync(GrantReminder reminder, CancellationToken cancellationToken)
    {
        db.Entry(reminder).State = EntityState.Detached;

        return await db.GrantReminders.AnyAsync(
            existing => existing.ConnectionId == reminder.ConnectionId
                && existing.GrantExpiresAt == reminder.GrantExpiresAt
                && existing.DaysBefore == reminder.DaysBefore,
            cancellationToken);
    }
}
