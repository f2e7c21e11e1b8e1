namespace MtdIncomeTax.Emulator.TestSupport;

/// <summary>
/// Body of POST /test-support/relationships: the agent reference number, the client's NINO and
/// agentType main or supporting (main when absent).
/// </summary>
internal sealed record RelationshipRequest(string? Arn, string? Nino, string? AgentType);
