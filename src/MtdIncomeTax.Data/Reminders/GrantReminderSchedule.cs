using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Data.Reminders;

/// <summary>Decides which grant-ending reminder, if any, is due now for a connection.</summary>
public sealed class GrantReminderSchedule(TimeProvider timeProvider)
{
    /// <summary>Days before the grant ends at which a reminder goes out, largest first.</summary>
    public static IReadOnlyList<int> DaysBefore { get; } = [30, 14, 3];

    /// <summary>Days before the grant ends at which the first reminder goes out.</summary>
    public static int FirstDaysBefore => DaysBefore[0];

    /// <summary>
    /// Returns the days-before value of the reminder due now, or null when none is due. Only an
    /// Active connection gets reminders. When several thresholds have passed (the app was down,
    /// say), only the latest is sent. A threshold that fell before the grant was given is not
    /// sent for it. recordedDaysBefore lists the reminders already recorded for this grant.
    /// </summary>
    public int? FindDue(HmrcConnection connection, IReadOnlyCollection<int> recordedDaysBefore)
    {
        var now = timeProvider.GetUtcNow();
        if (connection.Status != ConnectionStatus.Active || now >= connection.GrantExpiresAt)
        {
            return null;
        }

        var due = DaysBefore.LastOrDefault(days => now >= ThresholdOf(connection, days));
        if (due == 0 || ThresholdOf(connection, due) < connection.GrantedAt)
        {
            return null;
        }

        return recordedDaysBefore.Any(recorded => recorded <= due) ? null : due;
    }

    private static DateTimeOffset ThresholdOf(HmrcConnection connection, int daysBefore) =>
        connection.GrantExpiresAt - TimeSpan.FromDays(daysBefore);
}
