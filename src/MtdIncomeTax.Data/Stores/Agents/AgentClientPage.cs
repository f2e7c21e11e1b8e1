using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Data.Stores.Agents;

/// <summary>One page of a practice's clients, the number that match the filter, and every client's count per status.</summary>
public sealed record AgentClientPage(
    IReadOnlyList<AgentClient> Clients,
    int MatchingCount,
    IReadOnlyDictionary<ClientRelationshipStatus, int> CountByStatus);
