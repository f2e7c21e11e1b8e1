using Microsoft.Extensions.Time.Testing;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Reminders;

namespace MtdIncomeTax.UnitTests.Data.Reminders;

public sealed class GrantReminderScheduleTests
{
    private static readonly DateTimeOffset GrantedAt = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset GrantEnd = GrantedAt + TimeSpan.FromDays(547);

    private readonly FakeTimeProvider _time = new(GrantedAt);

    [Theory]
    [InlineData(31, null)]
    [InlineData(30, 30)]
    [InlineData(15, 30)]
    [InlineData(14, 14)]
    [InlineData(4, 14)]
    [InlineData(3, 3)]
    [InlineData(0.01, 3)]
    public void Schedule_picks_the_latest_passed_threshold(double daysLeft, int? expected)
    {
        _time.SetUtcNow(GrantEnd - TimeSpan.FromDays(daysLeft));

        var due = new GrantReminderSchedule(_time).FindDue(Connection(), []);

        Assert.Equal(expected, due);
    }

    [Fact]
    public void Schedule_sends_nothing_before_thirty_days()
    {
        _time.SetUtcNow(GrantEnd - TimeSpan.FromDays(30) - TimeSpan.FromSeconds(1));

        Assert.Null(new GrantReminderSchedule(_time).FindDue(Connection(), []));
    }

    [Fact]
    public void Schedule_does_not_resend_a_recorded_reminder()
    {
        var schedule = new GrantReminderSchedule(_time);
        _time.SetUtcNow(GrantEnd - TimeSpan.FromDays(20));

        Assert.Null(schedule.FindDue(Connection(), [30]));
    }

    [Fact]
    public void Schedule_sends_next_threshold_after_recorded_one()
    {
        var schedule = new GrantReminderSchedule(_time);
        _time.SetUtcNow(GrantEnd - TimeSpan.FromDays(10));

        Assert.Equal(14, schedule.FindDue(Connection(), [30]));
    }

    [Fact]
    public void Schedule_skips_missed_earlier_thresholds()
    {
        var schedule = new GrantReminderSchedule(_time);
        _time.SetUtcNow(GrantEnd - TimeSpan.FromDays(2));

        var due = schedule.FindDue(Connection(), []);
        var afterSending = schedule.FindDue(Connection(), [3]);

        Assert.Equal(3, due);
        Assert.Null(afterSending);
    }

    [Fact]
    public void Short_grant_skips_thresholds_before_its_start()
    {
        var connection = Connection();
        connection.GrantedAt = GrantEnd - TimeSpan.FromDays(20);
        _time.SetUtcNow(GrantEnd - TimeSpan.FromDays(15));

        var atStart = new GrantReminderSchedule(_time).FindDue(connection, []);
        _time.SetUtcNow(GrantEnd - TimeSpan.FromDays(14));
        var atFourteen = new GrantReminderSchedule(_time).FindDue(connection, []);

        Assert.Null(atStart);
        Assert.Equal(14, atFourteen);
    }

    [Theory]
    [InlineData(ConnectionStatus.Disconnected)]
    [InlineData(ConnectionStatus.NeedsReauthorisation)]
    [InlineData(ConnectionStatus.Expired)]
    public void Inactive_connection_gets_no_reminder(ConnectionStatus status)
    {
        var connection = Connection();
        connection.Status = status;
        _time.SetUtcNow(GrantEnd - TimeSpan.FromDays(10));

        Assert.Null(new GrantReminderSchedule(_time).FindDue(connection, []));
    }

    [Fact]
    public void Ended_grant_gets_no_reminder()
    {
        _time.SetUtcNow(GrantEnd);

        Assert.Null(new GrantReminderSchedule(_time).FindDue(Connection(), []));
    }

    private static HmrcConnection Connection() => new()
    {
        Id = Guid.NewGuid(),
        Environment = "Sandbox",
        Scopes = "read:self-assessment",
        Status = ConnectionStatus.Active,
        GrantedAt = GrantedAt,
        GrantExpiresAt = GrantEnd,
    };
}
