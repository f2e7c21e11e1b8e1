using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Data.Stores.Agents;

/// <summary>A client to add to a practice's list; the caller has already checked and normalised each field.</summary>
public sealed record NewAgentClient(string Name, string Nino, string Postcode, AgentType AgentType);
