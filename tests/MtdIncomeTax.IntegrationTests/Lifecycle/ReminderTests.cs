using Microsoft.Extensions.DependencyInjection;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Web.Reminders;

namespace MtdIncomeTax.IntegrationTests.Lifecycle;

public sealed class ReminderTests(ReminderAppFixture fixture) : IClassFixture<ReminderAppFixture>
{
    private readonly string _email = $"sam-{Guid.NewGuid():N}@example.test";

    private IServiceProvider Services => fixture.App.Services;

    [Fact]
    public async Task Reminder_is_sent_once_per_threshold()
    {
        var connection = await Reminders.InsertConnectionAsync(Services, fixture.Time.GetUtcNow() + TimeSpan.FromDays(20), _email);

        await SendDueAsync();
        await SendDueAsync();
        var afterFirst = await Reminders.RecordedAsync(Services, connection.Id);

        var sent = Assert.Single(afterFirst);
        Assert.Equal(30, sent.DaysBefore);
        Assert.Equal(_email, sent.Recipient);
        Assert.NotNull(sent.SentAt);
        Assert.Null(sent.Error);
        var email = Assert.Single(fixture.Email.To(_email));
        Assert.Contains(Web.Display.Date(connection.GrantExpiresAt), email.Subject);
        Assert.Contains("connect to HMRC again before then", email.Body);

        fixture.Time.Advance(TimeSpan.FromDays(7));
        await SendDueAsync();
        var afterSecond = await Reminders.WaitForAsync(
            Services, connection.Id, reminders => reminders.Count(reminder => reminder.SentAt is not null) == 2);
        await SendDueAsync();

        Assert.Equal([30, 14], afterSecond.Select(reminder => reminder.DaysBefore));
        Assert.Equal(2, fixture.Email.To(_email).Count);
        var audited = await Reminders.AuditedAsync(Services, connection.Id);
        Assert.Equal(2, audited.Count);
        Assert.All(audited, audit => Assert.EndsWith(": sent", audit.Detail));
    }

    [Fact]
    public async Task Disconnected_connection_gets_no_reminder()
    {
        var connection = await Reminders.InsertConnectionAsync(
            Services, fixture.Time.GetUtcNow() + TimeSpan.FromDays(10), _email, ConnectionStatus.Disconnected);

        await SendDueAsync();

        Assert.Empty(await Reminders.RecordedAsync(Services, connection.Id));
        Assert.Empty(fixture.Email.To(_email));
    }

    [Fact]
    public async Task Owner_without_email_is_recorded_as_unsent()
    {
        var connection = await Reminders.InsertConnectionAsync(Services, fixture.Time.GetUtcNow() + TimeSpan.FromDays(2), null);

        await SendDueAsync();

        var reminder = Assert.Single(await Reminders.RecordedAsync(Services, connection.Id));
        Assert.Equal(3, reminder.DaysBefore);
        Assert.Null(reminder.SentAt);
        Assert.Equal("no email address", reminder.Error);
    }

    private async Task SendDueAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<GrantReminderDispatcher>().SendDueAsync(CancellationToken.None);
    }
}
