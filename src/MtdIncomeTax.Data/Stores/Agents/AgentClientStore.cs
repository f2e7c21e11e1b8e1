using Microsoft.EntityFrameworkCore;
using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Data.Stores.Agents;

/// <summary>
/// Stores a practice's clients. Every read and change is scoped to the practice, so staff reach
/// only their own practice's clients.
/// </summary>
public sealed class AgentClientStore(MtdIncomeTaxDbContext db, TimeProvider timeProvider)
{
    private const int MaxUpdateAttempts = 3;

    /// <summary>
    /// Adds the clients in one transaction: all of them, or none when a NINO is already on the
    /// list or appears twice among them.
    /// </summary>
    public async Task<AddClientsResult> AddAsync(Guid practiceId, IReadOnlyList<NewAgentClient> clients, CancellationToken cancellationToken)
    {
        var repeated = clients.GroupBy(client => client.Nino).Where(group => group.Count() > 1).Select(group => group.Key);
        var ninos = clients.Select(client => client.Nino).Distinct().ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var existing = new List<string>();
        foreach (var chunk in ninos.Chunk(500))
        {
            existing.AddRange(await db.AgentClients.AsNoTracking()
                .Where(client => client.PracticeId == practiceId && chunk.Contains(client.Nino))
                .Select(client => client.Nino)
                .ToListAsync(cancellationToken));
        }

        var duplicates = existing.Concat(repeated).Distinct().Order(StringComparer.Ordinal).ToList();
        if (duplicates.Count > 0)
        {
            return new AddClientsResult(0, duplicates);
        }

        var now = timeProvider.GetUtcNow();
        foreach (var client in clients)
        {
            db.AgentClients.Add(new AgentClient
            {
                Id = Guid.NewGuid(),
                PracticeId = practiceId,
                Name = client.Name,
                Nino = client.Nino,
                Postcode = client.Postcode,
                AgentType = client.AgentType,
                Status = ClientRelationshipStatus.NotRequested,
                StatusChangedAt = now,
                SearchText = SearchTextFor(client.Name, client.Nino),
                CreatedAt = now,
                UpdatedAt = now,
                ConcurrencyToken = Guid.NewGuid(),
            });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another staff member added one of these NINOs since the check above.
            db.ChangeTracker.Clear();
            var added = await db.AgentClients.AsNoTracking()
                .Where(client => client.PracticeId == practiceId && ninos.Contains(client.Nino))
                .Select(client => client.Nino)
                .ToListAsync(cancellationToken);
            return new AddClientsResult(0, added.Count > 0 ? added : ninos);
        }

        await transaction.CommitAsync(cancellationToken);
        return new AddClientsResult(clients.Count, []);
    }

    public Task<AgentClient?> FindAsync(Guid practiceId, Guid clientId, CancellationToken cancellationToken) =>
        db.AgentClients.AsNoTracking()
            .SingleOrDefaultAsync(client => client.Id == clientId && client.PracticeId == practiceId, cancellationToken);

    public Task<AgentClient?> FindByNinoAsync(Guid practiceId, string nino, CancellationToken cancellationToken) =>
        db.AgentClients.AsNoTracking()
            .SingleOrDefaultAsync(client => client.PracticeId == practiceId && client.Nino == nino, cancellationToken);

    /// <summary>Removes a client from the list; returns false when the practice has no such client.</summary>
    public async Task<bool> RemoveAsync(Guid practiceId, Guid clientId, CancellationToken cancellationToken) =>
        await db.AgentClients
            .Where(client => client.Id == clientId && client.PracticeId == practiceId)
            .ExecuteDeleteAsync(cancellationToken) == 1;

    /// <summary>Finds one page of the practice's clients, ordered by name, with the counts the filters show.</summary>
    public async Task<AgentClientPage> SearchAsync(Guid practiceId, AgentClientFilter filter, CancellationToken cancellationToken)
    {
        var practiceClients = db.AgentClients.AsNoTracking().Where(client => client.PracticeId == practiceId);
        var counts = await practiceClients
            .GroupBy(client => client.Status)
            .Select(group => new { Status = group.Key, Count = group.Count() })
            .ToDictionaryAsync(row => row.Status, row => row.Count, cancellationToken);

        var matching = practiceClients;
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim().ToLowerInvariant();
            // NINOs are stored without spaces, but the list shows them spaced, so people search for "AA 12 34".
            var ninoPart = string.Concat(text.Where(character => !char.IsWhiteSpace(character))).ToUpperInvariant();
            matching = matching.Where(client => client.SearchText.Contains(text) || client.Nino.Contains(ninoPart));
        }

        if (filter.Status is { } status)
        {
            matching = matching.Where(client => client.Status == status);
        }

        var pageSize = Math.Clamp(filter.PageSize, 1, 500);
        var page = Math.Max(filter.Page, 1);
        var matchingCount = await matching.CountAsync(cancellationToken);
        var clients = await matching
            .OrderBy(client => client.Name)
            .ThenBy(client => client.Nino)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToListAsync(cancellationToken);

        return new AgentClientPage(clients, matchingCount, counts);
    }

    /// <summary>
    /// Applies a change to one client and saves it, reading the row again when another change
    /// saved first. The change returns false to leave the client as it is. Returns the saved
    /// client, or null when the practice has no such client.
    /// </summary>
    public async Task<AgentClient?> UpdateAsync(Guid practiceId, Guid clientId, Func<AgentClient, bool> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var client = await db.AgentClients
                .SingleOrDefaultAsync(row => row.Id == clientId && row.PracticeId == practiceId, cancellationToken);
            if (client is null)
            {
                return null;
            }

            var previousStatus = client.Status;
            if (!change(client))
            {
                return client;
            }

            var now = timeProvider.GetUtcNow();
            if (client.Status != previousStatus)
            {
                client.StatusChangedAt = now;
            }

            client.SearchText = SearchTextFor(client.Name, client.Nino);
            client.UpdatedAt = now;
            client.ConcurrencyToken = Guid.NewGuid();
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return client;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxUpdateAttempts)
            {
                // Another request changed the client first; apply the change to what it saved.
            }
        }
    }

    private static string SearchTextFor(string name, string nino) => name.ToLowerInvariant() + "\n" + nino.ToLowerInvariant();
}
