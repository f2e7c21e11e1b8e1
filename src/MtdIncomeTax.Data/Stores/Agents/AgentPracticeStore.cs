using Microsoft.EntityFrameworkCore;
using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Data.Stores.Agents;

/// <summary>Keeps agent practices and which practice each agent-role person works for.</summary>
public sealed class AgentPracticeStore(MtdIncomeTaxDbContext db, TimeProvider timeProvider)
{
    /// <summary>
    /// Records that the person works for the practice the sign-in provider named, adding the
    /// practice on its first staff member's sign-in and keeping its name up to date.
    /// </summary>
    public async Task<AgentPractice> RecordMembershipAsync(Guid userId, string externalId, string name, CancellationToken cancellationToken)
    {
        var practice = await FindOrAddAsync(externalId, name, cancellationToken);
        await db.Users.Where(user => user.Id == userId)
            .ExecuteUpdateAsync(update => update.SetProperty(user => user.PracticeId, practice.Id), cancellationToken);

        return practice;
    }

    public Task<AgentPractice?> FindAsync(Guid practiceId, CancellationToken cancellationToken) =>
        db.AgentPractices.AsNoTracking().SingleOrDefaultAsync(practice => practice.Id == practiceId, cancellationToken);

    /// <summary>Finds the practice of an agent-role person, or null when they have none.</summary>
    public Task<AgentPractice?> FindForUserAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking()
            .Where(user => user.Id == userId && user.PracticeId != null)
            .Select(user => user.Practice)
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>Keeps the ARN a staff member linked the practice with; it stays after a disconnect.</summary>
    public Task SetArnAsync(Guid practiceId, string arn, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        return db.AgentPractices.Where(practice => practice.Id == practiceId)
            .ExecuteUpdateAsync(update => update.SetProperty(practice => practice.Arn, arn).SetProperty(practice => practice.UpdatedAt, now), cancellationToken);
    }

    private async Task<AgentPractice> FindOrAddAsync(string externalId, string name, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var practice = await db.AgentPractices.SingleOrDefaultAsync(existing => existing.ExternalId == externalId, cancellationToken);
        if (practice is not null)
        {
            if (practice.Name != name)
            {
                practice.Name = name;
                practice.UpdatedAt = now;
                await db.SaveChangesAsync(cancellationToken);
            }

            return practice;
        }

        practice = new AgentPractice { Id = Guid.NewGuid(), ExternalId = externalId, Name = name, CreatedAt = now, UpdatedAt = now };
        db.AgentPractices.Add(practice);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return practice;
        }
        catch (DbUpdateException)
        {
            // Two staff members signed in at once for a new practice, and the other one's row won.
            db.Entry(practice).State = EntityState.Detached;
            return await db.AgentPractices.SingleAsync(existing => existing.ExternalId == externalId, cancellationToken);
        }
    }
}
