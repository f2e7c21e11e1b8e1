namespace MtdIncomeTax.Emulator.Users;

/// <summary>
/// A Government Gateway test user who can grant authority to an HMRC application. An individual
/// signed up to Making Tax Digital for Income Tax has an MtdItId, and HMRC's record of their
/// Postcode is the known fact an agent gives when requesting authorisation. An agent subscribed to agent
/// services has an AgentReferenceNumber.
/// </summary>
internal sealed record HmrcTestUser(
    string UserId,
    string Password,
    string Name,
    HmrcAccountType AccountType,
    string? Nino,
    string? MtdItId,
    string? AgentReferenceNumber,
    IReadOnlyList<Business> Businesses,
    string? Postcode = null)
{
    public bool IsSignedUpToMtd => AccountType == HmrcAccountType.Individual && MtdItId is not null;
}
