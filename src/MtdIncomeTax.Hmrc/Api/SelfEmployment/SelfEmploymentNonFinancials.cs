namespace MtdIncomeTax.Hmrc.Api.SelfEmployment;

/// <summary>
/// Non-financial details. Class4NicsExemptionReason is one of non-resident, trustee, diver,
/// ITTOIA-2005, over-state-pension-age or under-16.
/// </summary>
public sealed record SelfEmploymentNonFinancials(bool BusinessDetailsChangedRecently, string? Class4NicsExemptionReason = null);
