namespace MtdIncomeTax.Hmrc.Api.SelfEmployment;

/// <summary>
/// Allowable expenses in pounds, -99999999999.99 to 99999999999.99: either ConsolidatedExpenses
/// alone or the itemised amounts, never both (HMRC: RULE_BOTH_EXPENSES_SUPPLIED).
/// </summary>
public sealed record SelfEmploymentPeriodExpenses
{
    public decimal? ConsolidatedExpenses { get; init; }

    public decimal? CostOfGoods { get; init; }

    public decimal? PaymentsToSubcontractors { get; init; }

    public decimal? WagesAndStaffCosts { get; init; }

    public decimal? CarVanTravelExpenses { get; init; }

    public decimal? PremisesRunningCosts { get; init; }

    public decimal? MaintenanceCosts { get; init; }

    public decimal? AdminCosts { get; init; }

    public decimal? BusinessEntertainmentCosts { get; init; }

    public decimal? AdvertisingCosts { get; init; }

    public decimal? InterestOnBankOtherLoans { get; init; }

    public decimal? FinanceCharges { get; init; }

    public decimal? IrrecoverableDebts { get; init; }

    public decimal? ProfessionalFees { get; init; }

    public decimal? Depreciation { get; init; }

    public decimal? OtherExpenses { get; init; }
}
