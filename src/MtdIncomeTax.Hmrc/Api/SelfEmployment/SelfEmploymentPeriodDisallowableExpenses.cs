namespace MtdIncomeTax.Hmrc.Api.SelfEmployment;

/// <summary>The part of each expense that cannot be claimed for tax, in pounds; not allowed with consolidated expenses.</summary>
public sealed record SelfEmploymentPeriodDisallowableExpenses
{
    public decimal? CostOfGoodsDisallowable { get; init; }

    public decimal? PaymentsToSubcontractorsDisallowable { get; init; }

    public decimal? WagesAndStaffCostsDisallowable { get; init; }

    public decimal? CarVanTravelExpensesDisallowable { get; init; }

    public decimal? PremisesRunningCostsDisallowable { get; init; }

    public decimal? MaintenanceCostsDisallowable { get; init; }

    public decimal? AdminCostsDisallowable { get; init; }

    public decimal? BusinessEntertainmentCostsDisallowable { get; init; }

    public decimal? AdvertisingCostsDisallowable { get; init; }

    public decimal? InterestOnBankOtherLoansDisallowable { get; init; }

    public decimal? FinanceChargesDisallowable { get; init; }

    public decimal? IrrecoverableDebtsDisallowable { get; init; }

    public decimal? ProfessionalFeesDisallowable { get; init; }

    public decimal? DepreciationDisallowable { get; init; }

    public decimal? OtherExpensesDisallowable { get; init; }
}
