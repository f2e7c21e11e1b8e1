namespace MtdIncomeTax.Emulator.Agents;

/// <summary>The result of a client accepting or rejecting an invitation, or of an agent cancelling it.</summary>
internal enum RespondResult
{
    Done,
    NotFound,

    /// <summary>The invitation is no longer Pending: accepted, rejected, cancelled or expired.</summary>
    NotPending,
}
