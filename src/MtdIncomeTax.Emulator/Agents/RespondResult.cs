namespace MtdIncomeTax.Emulator.Agents;

/// <summary>The result of a client's answer to an invitation, or of an agent's cancellation.</summary>
internal enum RespondResult
{
    Done,
    NotFound,

    /// <summary>The invitation is no longer Pending: answered, cancelled or expired.</summary>
    NotPending,
}
