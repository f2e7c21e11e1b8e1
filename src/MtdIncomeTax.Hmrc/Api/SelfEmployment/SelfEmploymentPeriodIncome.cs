namespace MtdIncomeTax.Hmrc.Api.SelfEmployment;

/// <summary>Income amounts in pounds, 0 to 99999999999.99.</summary>
public sealed record SelfEmploymentPeriodIncome(
    decimal? Turnover = null, decimal? Other = null, decimal? TaxTakenOffTradingIncome = null);
