using Microsoft.EntityFrameworkCore;
using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Data.Stores;

/// <summary>
/// Stores quarterly updates from the first review to HMRC's response. Every read is scoped to the
/// connection, so a person reaches only the updates of their own connection.
/// </summary>
public sealed class QuarterlyUpdateStore(MtdIncomeTaxDbContext db, TimeProvider timeProvider)
{
    /// <summary>Saves new figures for review: updates the draft or rejected update of the same period, or adds one.</summary>
    public async Task<QuarterlyUpdate> SaveForReviewAsync(QuarterlyUpdateDraft draft, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var update = await db.QuarterlyUpdates
            .Where(row => row.ConnectionId == draft.ConnectionId
                && row.BusinessId == draft.BusinessId
                && row.TaxYear == draft.TaxYear
                && row.PeriodEndDate == draft.PeriodEndDate
                && (row.Status == QuarterlyUpdateStatus.Draft || row.Status == QuarterlyUpdateStatus.Rejected))
            .OrderByDescending(row => row.UpdatedAt)
            .FirstOrDefaultAsync(cancellationToken);

        if (update is null)
        {
            update = new QuarterlyUpdate
            {
                Id = Guid.NewGuid(),
                ConnectionId = draft.ConnectionId,
                CreatedByUserId = draft.UserId,
                BusinessId = draft.BusinessId,
                TypeOfBusiness = draft.TypeOfBusiness,
                TaxYear = draft.TaxYear,
                FiguresJson = draft.FiguresJson,
                CreatedAt = now,
            };
            db.QuarterlyUpdates.Add(update);
        }

        update.PeriodStartDate = draft.PeriodStartDate;
        update.PeriodEndDate = draft.PeriodEndDate;
        update.FiguresJson = draft.FiguresJson;
        update.Status = QuarterlyUpdateStatus.Draft;
        update.ErrorCode = null;
        update.UpdatedAt = now;
        update.ConcurrencyToken = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);

        return update;
    }

    public Task<QuarterlyUpdate?> FindAsync(Guid connectionId, Guid updateId, CancellationToken cancellationToken) =>
        db.QuarterlyUpdates.AsNoTracking()
            .FirstOrDefaultAsync(row => row.Id == updateId && row.ConnectionId == connectionId, cancellationToken);

    /// <summary>
    /// Finds an update of this business and year whose outcome is unknown. Until it is checked
    /// with HMRC, no other update of the business and year may be entered or sent.
    /// </summary>
    public Task<QuarterlyUpdate?> FindOutcomeUnknownAsync(Guid connectionId, string businessId, string taxYear, CancellationToken cancellationToken) =>
        db.QuarterlyUpdates.AsNoTracking()
            .Where(row => row.ConnectionId == connectionId && row.BusinessId == businessId && row.TaxYear == taxYear
                && row.Status == QuarterlyUpdateStatus.OutcomeUnknown)
            .OrderByDescending(row => row.UpdatedAt)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The figures to start a new update of this business and year from: the latest draft or
    /// rejected update of the same period, else the latest update HMRC accepted for the year.
    /// </summary>
    public async Task<QuarterlyUpdate?> FindStartingPointAsync(
        Guid connectionId, string businessId, string taxYear, DateOnly periodEndDate, CancellationToken cancellationToken)
    {
        var forYear = db.QuarterlyUpdates.AsNoTracking()
            .Where(row => row.ConnectionId == connectionId && row.BusinessId == businessId && row.TaxYear == taxYear);

        return await forYear
                .Where(row => row.PeriodEndDate == periodEndDate
                    && (row.Status == QuarterlyUpdateStatus.Draft || row.Status == QuarterlyUpdateStatus.Rejected))
                .OrderByDescending(row => row.UpdatedAt)
                .FirstOrDefaultAsync(cancellationToken)
            ?? await forYear
                .Where(row => row.Status == QuarterlyUpdateStatus.Sent)
                .OrderByDescending(row => row.SentAt)
                .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Claims a draft for sending, so that a double click or a second tab cannot send it twice.
    /// Returns false when it has been sent or superseded, or changed since the person reviewed it.
    /// </summary>
    public async Task<bool> TryClaimForSendingAsync(Guid connectionId, Guid updateId, Guid expectedConcurrencyToken, CancellationToken cancellationToken)
    {
        var claimed = await db.QuarterlyUpdates
            .Where(row => row.Id == updateId
                && row.ConnectionId == connectionId
                && row.ConcurrencyToken == expectedConcurrencyToken
                && (row.Status == QuarterlyUpdateStatus.Draft || row.Status == QuarterlyUpdateStatus.Rejected
                    || row.Status == QuarterlyUpdateStatus.OutcomeUnknown))
            .ExecuteUpdateAsync(
                update => update
                    .SetProperty(row => row.ConcurrencyToken, Guid.NewGuid())
                    .SetProperty(row => row.UpdatedAt, timeProvider.GetUtcNow()),
                cancellationToken);

        return claimed == 1;
    }

    /// <summary>
    /// Records that HMRC has the update. Unsent updates of the same business and year, for the same
    /// or an earlier period and entered before it, become superseded because they would replace newer totals.
    /// </summary>
    public async Task RecordSentAsync(Guid updateId, string? correlationId, CancellationToken cancellationToken)
    {
        await SetOutcomeAsync(updateId, QuarterlyUpdateStatus.Sent, correlationId, null, cancellationToken);

        var sent = await db.QuarterlyUpdates.AsNoTracking().FirstAsync(row => row.Id == updateId, cancellationToken);
        await db.QuarterlyUpdates
            .Where(row => row.ConnectionId == sent.ConnectionId && row.BusinessId == sent.BusinessId && row.TaxYear == sent.TaxYear
                && row.Id != sent.Id && row.CreatedAt <= sent.UpdatedAt && row.PeriodEndDate <= sent.PeriodEndDate
                && (row.Status == QuarterlyUpdateStatus.Draft || row.Status == QuarterlyUpdateStatus.Rejected))
            .ExecuteUpdateAsync(
                update => update
                    .SetProperty(row => row.Status, QuarterlyUpdateStatus.Superseded)
                    .SetProperty(row => row.ConcurrencyToken, Guid.NewGuid()),
                cancellationToken);
    }

    public Task RecordRejectedAsync(Guid updateId, string? correlationId, string errorCode, CancellationToken cancellationToken) =>
        SetOutcomeAsync(updateId, QuarterlyUpdateStatus.Rejected, correlationId, errorCode, cancellationToken);

    public Task RecordOutcomeUnknownAsync(Guid updateId, string? correlationId, string errorCode, CancellationToken cancellationToken) =>
        SetOutcomeAsync(updateId, QuarterlyUpdateStatus.OutcomeUnknown, correlationId, errorCode, cancellationToken);

    /// <summary>The updates of a connection, newest first.</summary>
    public Task<List<QuarterlyUpdate>> ListAsync(Guid connectionId, int count, CancellationToken cancellationToken) =>
        db.QuarterlyUpdates.AsNoTracking()
            .Where(row => row.ConnectionId == connectionId)
            .OrderByDescending(row => row.UpdatedAt)
            .Take(count)
            .ToListAsync(cancellationToken);

    private async Task SetOutcomeAsync(
        Guid updateId, QuarterlyUpdateStatus status, string? correlationId, string? errorCode, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        DateTimeOffset? sentAt = status == QuarterlyUpdateStatus.Sent ? now : null;
        await db.QuarterlyUpdates
            .Where(row => row.Id == updateId)
            .ExecuteUpdateAsync(
                update => update
                    .SetProperty(row => row.Status, status)
                    .SetProperty(row => row.CorrelationId, correlationId)
                    .SetProperty(row => row.ErrorCode, errorCode)
                    .SetProperty(row => row.SentAt, row => sentAt ?? row.SentAt)
                    .SetProperty(row => row.UpdatedAt, now)
                    .SetProperty(row => row.ConcurrencyToken, Guid.NewGuid()),
                cancellationToken);
    }
}

/// <summary>Figures entered for one business and period, ready for review.</summary>
public sealed record QuarterlyUpdateDraft(
    Guid ConnectionId,
    Guid UserId,
    string BusinessId,
    string TypeOfBusiness,
    string TaxYear,
    DateOnly PeriodStartDate,
    DateOnly PeriodEndDate,
    string FiguresJson);
