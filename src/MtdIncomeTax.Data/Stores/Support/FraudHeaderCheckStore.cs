using Microsoft.EntityFrameworkCore;
using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Data.Stores.Support;

/// <summary>Keeps the latest check of each connection's fraud prevention headers, for the support pages.</summary>
public sealed class FraudHeaderCheckStore(MtdIncomeTaxDbContext db)
{
    public Task<FraudHeaderCheck?> FindAsync(Guid connectionId, CancellationToken cancellationToken) =>
        db.Set<FraudHeaderCheck>().AsNoTracking().SingleOrDefaultAsync(check => check.ConnectionId == connectionId, cancellationToken);

    /// <summary>Replaces the connection's latest check with this one.</summary>
    public async Task SaveAsync(FraudHeaderCheck check, CancellationToken cancellationToken)
    {
        var rows = db.Set<FraudHeaderCheck>();
        await rows.Where(row => row.ConnectionId == check.ConnectionId).ExecuteDeleteAsync(cancellationToken);
        rows.Add(check);
        await db.SaveChangesAsync(cancellationToken);
    }
}
