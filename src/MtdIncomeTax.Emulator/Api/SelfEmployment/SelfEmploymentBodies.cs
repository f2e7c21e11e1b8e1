using System.Text.RegularExpressions;
using MtdIncomeTax.Emulator.Api.Validation;

namespace MtdIncomeTax.Emulator.Api.SelfEmployment;

/// <summary>The request bodies of Self-Employment Business 5.0, from its request schemas.</summary>
internal static partial class SelfEmploymentBodies
{
    public static readonly string[] ExpenseNames =
    [
        "costOfGoods", "paymentsToSubcontractors", "wagesAndStaffCosts", "carVanTravelExpenses",
        "premisesRunningCosts", "maintenanceCosts", "adminCosts", "businessEntertainmentCosts",
        "advertisingCosts", "interestOnBankOtherLoans", "financeCharges", "irrecoverableDebts",
        "professionalFees", "depreciation", "otherExpenses",
    ];

    public static readonly ObjectField Cumulative = new("", [
        new ObjectField("periodDates", [
            new DateField("periodStartDate", "FORMAT_START_DATE"),
            new DateField("periodEndDate", "FORMAT_END_DATE"),
        ], Required: ["periodStartDate", "periodEndDate"]),
        new ObjectField("periodIncome", [
            MoneyField.Positive("turnover"),
            MoneyField.Positive("other"),
            MoneyField.Positive("taxTakenOffTradingIncome"),
        ]),
        new ObjectField("periodExpenses",
            [MoneyField.Signed("consolidatedExpenses"), .. ExpenseNames.Select(MoneyField.Signed)]),
        new ObjectField("periodDisallowableExpenses",
            [.. ExpenseNames.Select(name => MoneyField.Signed(name + "Disallowable"))]),
    ]);

    private static readonly ObjectField StructuredBuildingAllowance = new("", [
        MoneyField.Positive("amount"),
        new ObjectField("firstYear", [
            new DateField("qualifyingDate", "FORMAT_DATE"),
            MoneyField.Positive("qualifyingAmountExpenditure"),
        ], Required: ["qualifyingDate", "qualifyingAmountExpenditure"]),
        new ObjectField("building", [
            new TextField("name", BuildingText(), "FORMAT_STRING"),
            new TextField("number", BuildingText(), "FORMAT_STRING"),
            new TextField("postcode", BuildingText(), "FORMAT_STRING"),
        ], Required: ["postcode"]),
    ], Required: ["amount", "building"]);

    /// <summary>
    /// Returns the annual submission body of the tax year's definition: def1 up to 2023-24, def2
    /// 2024-25, def3 2025-26 and def4 from 2026-27, which differ in a few fields.
    /// </summary>
    public static ObjectField Annual(TaxYear taxYear)
    {
        var adjustments = new List<BodyField>
        {
            MoneyField.Positive("includedNonTaxableProfits"),
            MoneyField.Signed("basisAdjustment"),
            MoneyField.Positive("accountingAdjustment"),
            MoneyField.Signed("averagingAdjustment"),
            MoneyField.Positive("outstandingBusinessIncome"),
            MoneyField.Positive("balancingChargeBpra"),
            MoneyField.Positive("balancingChargeOther"),
            MoneyField.Positive("goodsAndServicesOwnUse"),
            MoneyField.Positive("transitionProfitAmount"),
            MoneyField.Positive("transitionProfitAccelerationAmount"),
        };
        var allowances = new List<BodyField>
        {
            MoneyField.Positive("annualInvestmentAllowance"),
            MoneyField.Positive("capitalAllowanceMainPool"),
            MoneyField.Positive("capitalAllowanceSpecialRatePool"),
            MoneyField.Positive("businessPremisesRenovationAllowance"),
            MoneyField.Positive("enhancedCapitalAllowance"),
            MoneyField.Positive("allowanceOnSales"),
            MoneyField.Positive("capitalAllowanceSingleAssetPool"),
            MoneyField.Positive("zeroEmissionsCarAllowance"),
            new MoneyField("tradingIncomeAllowance", 0, 1000),
            new ArrayField("structuredBuildingAllowance", StructuredBuildingAllowance),
            new ArrayField("enhancedStructuredBuildingAllowance", StructuredBuildingAllowance),
        };
        if (taxYear < TaxYear.FirstCumulative)
        {
            allowances.Add(MoneyField.Positive("zeroEmissionsGoodsVehicleAllowance"));
            allowances.Add(MoneyField.Positive("electricChargePointAllowance"));
        }

        if (taxYear <= TaxYear.FirstCumulative)
        {
            adjustments.Add(MoneyField.Positive("overlapReliefUsed"));
        }
        else
        {
            adjustments.Add(MoneyField.Signed("adjustmentToProfitsForClass4"));
            allowances.Add(MoneyField.Positive("firstYearAllowanceOnPlantAndMachinery"));
        }

        return new ObjectField("", [
            new ObjectField("adjustments", adjustments),
            new ObjectField("allowances", allowances),
            new ObjectField("nonFinancials", [
                new BooleanField("businessDetailsChangedRecently"),
                new EnumField("class4NicsExemptionReason",
                    ["non-resident", "trustee", "diver", "ITTOIA-2005", "over-state-pension-age", "under-16"],
                    "FORMAT_CLASS_4_EXEMPTION_REASON"),
            ], Required: ["businessDetailsChangedRecently"]),
        ]);
    }

    [GeneratedRegex(@"^[0-9a-zA-Z{À-˿’}\- _&`():.'^]{1,90}$")]
    private static partial Regex BuildingText();
}
