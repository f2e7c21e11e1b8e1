using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Data.Stores.Agents;

/// <summary>
/// What the client list shows: clients whose name contains the search text or whose NINO equals
/// it, optionally of one status, one page at a time.
/// </summary>
public sealed record AgentClientFilter(string? Search = null, ClientRelationshipStatus? Status = null, int Page = 1, int PageSize = 50);
