using System.ComponentModel.DataAnnotations;

namespace MtdIncomeTax.Web.Reminders;

/// <summary>Settings of grant-ending reminders, bound to the "Reminders" configuration section.</summary>
public sealed class GrantReminderOptions
{
    /// <summary>Time between two checks for due reminders. Default 1 hour.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The app's public address, such as https://app.example.com, for the reconnect link in emails; no link when empty.</summary>
    public Uri? AppUrl { get; set; }
}
