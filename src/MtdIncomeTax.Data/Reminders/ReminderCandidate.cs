using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Data.Reminders;

/// <summary>An Active connection whose grant ends soon, with its owner loaded, and the reminders recorded for that grant.</summary>
public sealed record ReminderCandidate(HmrcConnection Connection, IReadOnlyCollection<int> RecordedDaysBefore);
