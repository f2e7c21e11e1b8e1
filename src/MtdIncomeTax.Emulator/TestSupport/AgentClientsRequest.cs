namespace MtdIncomeTax.Emulator.TestSupport;

/// <summary>Body of POST /test-support/agent-clients: how many signed-up individuals to create, 1 to 10000.</summary>
internal sealed record AgentClientsRequest(int? Count);
