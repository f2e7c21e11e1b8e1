namespace MtdIncomeTax.Hmrc.Api.SelfEmployment;

/// <summary>
/// A self-employment's cumulative totals from the start of the tax year. HMRC wants at least two
/// of dates, income and expenses, and either consolidated or itemised expenses, not both. Dates are
/// left out only for an annual ITSA status or a latent income source; a retrieved summary always has them.
/// </summary>
public sealed record SelfEmploymentCumulativeSummary(
    PeriodDates? PeriodDates = null,
    SelfEmploymentPeriodIncome? PeriodIncome = null,
    SelfEmploymentPeriodExpenses? PeriodExpenses = null,
    SelfEmploymentPeriodDisallowableExpenses? PeriodDisallowableExpenses = null);
