namespace MtdIncomeTax.Hmrc.Api.SelfEmployment;

/// <summary>
/// Year-end adjustments in pounds. The fields differ by tax year: OverlapReliefUsed ends with
/// 2025-26, AdjustmentToProfitsForClass4 starts with 2026-27, and the transition profit fields start with 2024-25.
/// </summary>
public sealed record SelfEmploymentAnnualAdjustments
{
    public decimal? IncludedNonTaxableProfits { get; init; }

    public decimal? BasisAdjustment { get; init; }

    public decimal? OverlapReliefUsed { get; init; }

    public decimal? AccountingAdjustment { get; init; }

    public decimal? AveragingAdjustment { get; init; }

    public decimal? OutstandingBusinessIncome { get; init; }

    public decimal? BalancingChargeBpra { get; init; }

    public decimal? BalancingChargeOther { get; init; }

    public decimal? GoodsAndServicesOwnUse { get; init; }

    public decimal? TransitionProfitAmount { get; init; }

    public decimal? TransitionProfitAccelerationAmount { get; init; }

    public decimal? AdjustmentToProfitsForClass4 { get; init; }
}
