using Microsoft.Extensions.Options;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Reminders;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.Web.Email;

namespace MtdIncomeTax.Web.Reminders;

/// <summary>Sends the grant-ending reminders due now, each recorded once in the database and in the connection's history.</summary>
public sealed class GrantReminderDispatcher(
    GrantReminderStore store,
    GrantReminderSchedule schedule,
    IEmailSender emailSender,
    AuditLog auditLog,
    IOptions<GrantReminderOptions> options,
    ILogger<GrantReminderDispatcher> logger)
{
    /// <summary>Sends every due reminder and returns how many this call recorded.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var recorded = 0;
        foreach (var candidate in await store.ListCandidatesAsync(cancellationToken))
        {
            var daysBefore = schedule.FindDue(candidate.Connection, candidate.RecordedDaysBefore);
            if (daysBefore is not null && await SendAsync(candidate.Connection, daysBefore.Value, cancellationToken))
            {
                recorded++;
            }
        }

        return recorded;
    }

    // NOTE: a reminder whose email fails is recorded with its error and not tried again. The
    // banner on every page still warns the person from 30 days before the end.
    private async Task<bool> SendAsync(HmrcConnection connection, int daysBefore, CancellationToken cancellationToken)
    {
        var recipient = connection.Owner?.Email;
        var reminder = await store.TryClaimAsync(connection, daysBefore, recipient, cancellationToken);
        if (reminder is null)
        {
            return false;
        }

        var result = string.IsNullOrWhiteSpace(recipient)
            ? EmailSendResult.Failed("no email address")
            : await emailSender.SendAsync(Compose(connection, recipient), cancellationToken);
        await store.RecordOutcomeAsync(reminder, result.Error, cancellationToken);

        var ending = $"{daysBefore}-day reminder that the grant ends on {Display.Date(connection.GrantExpiresAt)}";
        var detail = result.Succeeded ? ending + ": sent" : ending + ": not sent, " + result.Error;
        await auditLog.RecordAsync(AuditEventKind.ReminderSent, connection.Id, null, detail, cancellationToken);
        if (result.Succeeded)
        {
            logger.ReminderSent(daysBefore, connection.Id);
        }
        else
        {
            logger.ReminderNotSent(daysBefore, connection.Id, result.Error!);
        }

        return true;
    }

    private EmailMessage Compose(HmrcConnection connection, string recipient)
    {
        var endDate = Display.Date(connection.GrantExpiresAt);
        var where = options.Value.AppUrl is { } appUrl
            ? $"Go to {new Uri(appUrl, "/connect")} and choose Continue to HMRC."
            : "Sign in to MtdIncomeTax and choose Reconnect to HMRC.";
        var body = $"""
            Hello {connection.Owner?.Name},

            The authority you gave MtdIncomeTax to deal with HMRC for you ends on {endDate}. HMRC ends it 18 months after it is given.

            To keep MtdIncomeTax working, connect to HMRC again before then. {where} It takes a few minutes, and you need your Government Gateway user ID and password.

            MtdIncomeTax
            """;

        return new EmailMessage(recipient, $"Your MtdIncomeTax connection to HMRC ends on {endDate}", body);
    }
}
