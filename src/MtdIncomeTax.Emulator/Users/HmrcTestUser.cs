namespace MtdIncomeTax.Emulator.Users;

/// <summary>A seeded Government Gateway test user who can grant authority to an HMRC application.</summary>
internal sealed record HmrcTestUser(
    string UserId,
    string Password,
    string Name,
    HmrcAccountType AccountType,
    string? Nino,
    string? MtdItId,
    string? AgentReferenceNumber,
    IReadOnlyList<Business> Businesses);
