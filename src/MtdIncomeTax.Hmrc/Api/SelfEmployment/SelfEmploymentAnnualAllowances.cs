namespace MtdIncomeTax.Hmrc.Api.SelfEmployment;

/// <summary>
/// Capital and other allowances in pounds. TradingIncomeAllowance (at most 1000) cannot be combined
/// with any other allowance. ZeroEmissionsGoodsVehicleAllowance and ElectricChargePointAllowance
/// end with 2024-25; FirstYearAllowanceOnPlantAndMachinery starts with 2026-27.
/// </summary>
public sealed record SelfEmploymentAnnualAllowances
{
    public decimal? AnnualInvestmentAllowance { get; init; }

    public decimal? CapitalAllowanceMainPool { get; init; }

    public decimal? CapitalAllowanceSpecialRatePool { get; init; }

    public decimal? ZeroEmissionsGoodsVehicleAllowance { get; init; }

    public decimal? BusinessPremisesRenovationAllowance { get; init; }

    public decimal? EnhancedCapitalAllowance { get; init; }

    public decimal? AllowanceOnSales { get; init; }

    public decimal? CapitalAllowanceSingleAssetPool { get; init; }

    public decimal? ElectricChargePointAllowance { get; init; }

    public decimal? ZeroEmissionsCarAllowance { get; init; }

    public decimal? FirstYearAllowanceOnPlantAndMachinery { get; init; }

    public decimal? TradingIncomeAllowance { get; init; }

    public IReadOnlyList<StructuredBuildingAllowance>? StructuredBuildingAllowance { get; init; }

    public IReadOnlyList<StructuredBuildingAllowance>? EnhancedStructuredBuildingAllowance { get; init; }
}
