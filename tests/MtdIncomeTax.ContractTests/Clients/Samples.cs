using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Hmrc.Api.BusinessDetails;
using MtdIncomeTax.Hmrc.Api.IndividualDetails;
using MtdIncomeTax.Hmrc.Api.Property;
using MtdIncomeTax.Hmrc.Api.SelfEmployment;
using MtdIncomeTax.Hmrc.Api.TestSupport;

namespace MtdIncomeTax.ContractTests.Clients;

/// <summary>Request bodies as the web pages build them, every field filled where HMRC allows it.</summary>
public static class Samples
{
    public static SelfEmploymentCumulativeSummary ItemisedSelfEmploymentSummary { get; } = new(
        new PeriodDates(new DateOnly(2025, 4, 6), new DateOnly(2025, 7, 5)),
        new SelfEmploymentPeriodIncome(12500.50m, 120.10m, 0m),
        new SelfEmploymentPeriodExpenses
        {
            CostOfGoods = 1000.99m,
            PaymentsToSubcontractors = 200m,
            WagesAndStaffCosts = 300.01m,
            CarVanTravelExpenses = 400.5m,
            PremisesRunningCosts = -10m,
            MaintenanceCosts = 50m,
            AdminCosts = 60m,
            BusinessEntertainmentCosts = 0m,
            AdvertisingCosts = 70m,
            InterestOnBankOtherLoans = 80m,
            FinanceCharges = 90m,
            IrrecoverableDebts = 100m,
            ProfessionalFees = 110m,
            Depreciation = 120m,
            OtherExpenses = 130m,
        },
        new SelfEmploymentPeriodDisallowableExpenses
        {
            CostOfGoodsDisallowable = 1m,
            PaymentsToSubcontractorsDisallowable = 2m,
            WagesAndStaffCostsDisallowable = 3m,
            CarVanTravelExpensesDisallowable = 4m,
            PremisesRunningCostsDisallowable = 5m,
            MaintenanceCostsDisallowable = 6m,
            AdminCostsDisallowable = 7m,
            BusinessEntertainmentCostsDisallowable = 8m,
            AdvertisingCostsDisallowable = 9m,
            InterestOnBankOtherLoansDisallowable = 10m,
            FinanceChargesDisallowable = 11m,
            IrrecoverableDebtsDisallowable = 12m,
            ProfessionalFeesDisallowable = 13m,
            DepreciationDisallowable = 14m,
            OtherExpensesDisallowable = 15m,
        });

    public static SelfEmploymentCumulativeSummary ConsolidatedSelfEmploymentSummary { get; } = new(
        new PeriodDates(new DateOnly(2025, 4, 6), new DateOnly(2025, 10, 5)),
        new SelfEmploymentPeriodIncome(Turnover: 30000m, Other: 0m),
        new SelfEmploymentPeriodExpenses { ConsolidatedExpenses = 4999.99m });

    public static SelfEmploymentAnnualSubmission AnnualSubmission { get; } = new(
        new SelfEmploymentAnnualAdjustments { IncludedNonTaxableProfits = 200m, BasisAdjustment = -10.5m, AccountingAdjustment = 10.5m, GoodsAndServicesOwnUse = 40m },
        new SelfEmploymentAnnualAllowances
        {
            AnnualInvestmentAllowance = 1000m,
            CapitalAllowanceMainPool = 500.25m,
            StructuredBuildingAllowance =
            [
                new StructuredBuildingAllowance(250m, new StructuredBuildingAllowanceBuilding("SW1A 2AA", Number: "16D"))
                {
                    FirstYear = new StructuredBuildingAllowanceFirstYear(new DateOnly(2025, 5, 1), 10000m),
                },
            ],
        },
        new SelfEmploymentNonFinancials(false, "over-state-pension-age"));

    public static UkPropertyCumulativeSummary UkPropertySummary { get; } = new(
        new DateOnly(2025, 4, 6),
        new DateOnly(2025, 7, 5),
        new UkPropertyCumulative(
            new UkPropertyIncome(100m, 200m, 9000.5m, 10m, 20m, new RentARoomIncome(3000m)),
            new UkPropertyExpenses(
                PremisesRunningCosts: 100m,
                RepairsAndMaintenance: -5m,
                FinancialCosts: 50m,
                ProfessionalFees: 60m,
                CostOfServices: 70m,
                Other: 80m,
                ResidentialFinancialCost: 90m,
                TravelCosts: 10m,
                ResidentialFinancialCostsCarriedForward: 0m,
                RentARoom: new RentARoomExpenses(1000m))));

    public static TestBusiness TestSelfEmployment { get; } = new("self-employment")
    {
        TradingName = "Sam's Plastering",
        FirstAccountingPeriodStartDate = new DateOnly(2025, 4, 6),
        FirstAccountingPeriodEndDate = new DateOnly(2026, 4, 5),
        LatencyDetails = new LatencyDetails(new DateOnly(2027, 4, 5), TaxYear.Parse("2025-26"), "Q", TaxYear.Parse("2026-27"), "Q"),
        QuarterlyTypeChoice = new QuarterlyTypeChoice("standard", TaxYear.Parse("2025-26")),
        AccountingType = "CASH",
        CommencementDate = new DateOnly(2025, 4, 6),
        BusinessAddressLineOne = "1 Acme Rd.",
        BusinessAddressLineTwo = "London",
        BusinessAddressPostcode = "M1 1AG",
        BusinessAddressCountryCode = "GB",
    };

    public static TestItsaStatus ItsaStatus { get; } = new(
    [
        new ItsaStatusDetail(new DateTimeOffset(2025, 3, 23, 16, 2, 34, 39, TimeSpan.Zero), "MTD Mandated", "Sign up - return available")
        {
            BusinessIncome2YearsPrior = 55000m,
        },
    ]);
}
