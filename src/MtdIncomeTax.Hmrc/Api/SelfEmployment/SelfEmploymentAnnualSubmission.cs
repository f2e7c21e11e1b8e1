namespace MtdIncomeTax.Hmrc.Api.SelfEmployment;

/// <summary>A self-employment's annual submission for one tax year; each group is optional.</summary>
public sealed record SelfEmploymentAnnualSubmission(
    SelfEmploymentAnnualAdjustments? Adjustments = null,
    SelfEmploymentAnnualAllowances? Allowances = null,
    SelfEmploymentNonFinancials? NonFinancials = null);
