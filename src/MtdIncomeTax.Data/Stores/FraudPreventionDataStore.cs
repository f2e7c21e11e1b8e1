using Microsoft.EntityFrameworkCore;
using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Data.Stores;

/// <summary>Keeps each person's latest device and browser data for HMRC's fraud prevention headers.</summary>
public sealed class FraudPreventionDataStore(MtdIncomeTaxDbContext db)
{
    public Task<FraudPreventionData?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Set<FraudPreventionData>().AsNoTracking().SingleOrDefaultAsync(data => data.UserId == userId, cancellationToken);

    /// <summary>Replaces the person's stored data with these values, or adds it when there is none.</summary>
    public async Task SaveAsync(FraudPreventionData data, CancellationToken cancellationToken)
    {
        var rows = db.Set<FraudPreventionData>();
        var existing = await rows.FindAsync([data.UserId], cancellationToken);
        if (existing is null)
        {
            rows.Add(data);
        }
        else
        {
            db.Entry(existing).CurrentValues.SetValues(data);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (existing is null)
        {
            // Two pages of the same person sent their data at once and the other insert won; the
            // newer values replace it.
            db.ChangeTracker.Clear();
            existing = await rows.SingleAsync(row => row.UserId == data.UserId, cancellationToken);
            db.Entry(existing).CurrentValues.SetValues(data);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
