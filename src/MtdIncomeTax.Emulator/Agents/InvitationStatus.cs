namespace MtdIncomeTax.Emulator.Agents;

/// <summary>The statuses of an authorisation request that the emulator produces, named as HMRC names them.</summary>
internal enum InvitationStatus
{
    Pending,
    Accepted,
    Rejected,
    Cancelled,
    Expired,
    Deauthorised,
}
