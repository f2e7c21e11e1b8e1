namespace MtdIncomeTax.Data.Entities;

/// <summary>A reminder that a grant is ending, sent once per grant for each of 30, 14 and 3 days before its end.</summary>
public sealed class GrantReminder
{
    public Guid Id { get; set; }

    public Guid ConnectionId { get; set; }

    /// <summary>End of the grant the reminder is about; a new grant gets its own reminders.</summary>
    public DateTimeOffset GrantExpiresAt { get; set; }

    public int DaysBefore { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public string? Recipient { get; set; }

    /// <summary>Why sending failed, or "email off" when no email sender is configured.</summary>
    public string? Error { get; set; }
}
