using MtdIncomeTax.Emulator.Api.Validation;

namespace MtdIncomeTax.Emulator.Api.Property;

/// <summary>The UK property cumulative summary request of Property Business 6.0, from its request schema.</summary>
internal static class UkPropertyBodies
{
    /// <summary>Expenses that may stand beside consolidatedExpenses, as the specification's consolidated example shows.</summary>
    public static readonly string[] AllowedWithConsolidated =
        ["consolidatedExpenses", "residentialFinancialCost", "residentialFinancialCostsCarriedForward", "rentARoom"];

    public static readonly ObjectField Cumulative = new("", [
        new DateField("fromDate", "FORMAT_FROM_DATE"),
        new DateField("toDate", "FORMAT_TO_DATE"),
        new ObjectField("ukProperty", [
            new ObjectField("income", [
                MoneyField.Positive("premiumsOfLeaseGrant"),
                MoneyField.Positive("reversePremiums"),
                MoneyField.Positive("periodAmount"),
                MoneyField.Positive("taxDeducted"),
                MoneyField.Positive("otherIncome"),
                new ObjectField("rentARoom", [MoneyField.Positive("rentsReceived")]),
            ]),
            new ObjectField("expenses", [
                MoneyField.Signed("premisesRunningCosts"),
                MoneyField.Signed("repairsAndMaintenance"),
                MoneyField.Signed("financialCosts"),
                MoneyField.Signed("professionalFees"),
                MoneyField.Signed("costOfServices"),
                MoneyField.Signed("other"),
                MoneyField.Positive("residentialFinancialCost"),
                MoneyField.Signed("travelCosts"),
                MoneyField.Positive("residentialFinancialCostsCarriedForward"),
                new ObjectField("rentARoom", [MoneyField.Positive("amountClaimed")]),
                MoneyField.Signed("consolidatedExpenses"),
            ]),
        ]),
    ], Required: ["ukProperty"]);
}
