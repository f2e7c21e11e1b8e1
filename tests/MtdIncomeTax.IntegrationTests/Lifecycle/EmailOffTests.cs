using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.IntegrationTests.Infrastructure;

namespace MtdIncomeTax.IntegrationTests.Lifecycle;

/// <summary>The reminder service as configured by default: Email:Enabled is false.</summary>
public sealed class EmailOffTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Hourly_check_records_email_off()
    {
        var connection = await Reminders.InsertConnectionAsync(app.Services, app.Time.GetUtcNow() + TimeSpan.FromDays(10), "lee@example.test");

        app.Time.Advance(TimeSpan.FromHours(1));
        var reminders = await Reminders.WaitForAsync(app.Services, connection.Id, reminders => reminders.Count > 0);
        var audited = await Reminders.AuditedAsync(app.Services, connection.Id);

        var reminder = Assert.Single(reminders);
        Assert.Equal(14, reminder.DaysBefore);
        Assert.Null(reminder.SentAt);
        Assert.Equal("email off", reminder.Error);
        Assert.EndsWith("not sent, email off", Assert.Single(audited).Detail);
        Assert.Equal(AuditEventKind.ReminderSent, audited[0].Kind);
    }
}
