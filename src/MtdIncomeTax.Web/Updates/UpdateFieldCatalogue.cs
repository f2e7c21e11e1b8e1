namespace MtdIncomeTax.Web.Updates;

/// <summary>
/// The figures of a cumulative quarterly update for each type of business HMRC accepts one for,
/// worded as HMRC's Self Assessment forms word them, with the JSON pointers of HMRC's requests:
/// Self-Employment Business 5.0 and Property Business 6.0 (UK property).
/// </summary>
public static class UpdateFieldCatalogue
{
    public const string SelfEmployment = "self-employment";
    public const string UkProperty = "uk-property";

    private static readonly IReadOnlyList<UpdateField> SelfEmploymentFields =
    [
        Income("turnover", "Turnover: takings, fees and sales", "/periodIncome/turnover"),
        Income("other", "Other business income", "/periodIncome/other"),
        Income("taxTakenOffTradingIncome", "Tax taken off trading income", "/periodIncome/taxTakenOffTradingIncome") with { InTotals = false },
        new("consolidatedExpenses", "All allowable expenses as one total", "/periodExpenses/consolidatedExpenses", UpdateFieldGroup.ConsolidatedExpenses, MayBeNegative: true),
        Expense("costOfGoods", "Cost of goods bought for resale or goods used"),
        Expense("paymentsToSubcontractors", "Construction industry: payments to subcontractors"),
        Expense("wagesAndStaffCosts", "Wages, salaries and other staff costs"),
        Expense("carVanTravelExpenses", "Car, van and travel expenses"),
        Expense("premisesRunningCosts", "Rent, rates, power and insurance costs"),
        Expense("maintenanceCosts", "Repairs and maintenance of property and equipment"),
        Expense("adminCosts", "Phone, fax, stationery and other office costs"),
        Expense("businessEntertainmentCosts", "Business entertainment costs"),
        Expense("advertisingCosts", "Advertising costs"),
        Expense("interestOnBankOtherLoans", "Interest on bank and other loans"),
        Expense("financeCharges", "Bank, credit card and other financial charges"),
        Expense("irrecoverableDebts", "Irrecoverable debts written off"),
        Expense("professionalFees", "Accountancy, legal and other professional fees"),
        Expense("depreciation", "Depreciation and loss or profit on sale of assets"),
        Expense("otherExpenses", "Other business expenses"),
    ];

    private static readonly IReadOnlyList<UpdateField> UkPropertyFields =
    [
        Income("periodAmount", "Rents received", "/ukProperty/income/periodAmount"),
        Income("premiumsOfLeaseGrant", "Premiums received for the grant of a lease", "/ukProperty/income/premiumsOfLeaseGrant"),
        Income("reversePremiums", "Reverse premiums and inducements", "/ukProperty/income/reversePremiums"),
        Income("otherIncome", "Other property income", "/ukProperty/income/otherIncome"),
        Income("taxDeducted", "Tax already taken off the rental income", "/ukProperty/income/taxDeducted") with { InTotals = false },
        Income("rentsReceived", "Rent a Room scheme: rents received", "/ukProperty/income/rentARoom/rentsReceived"),
        new("consolidatedExpenses", "All allowable expenses as one total", "/ukProperty/expenses/consolidatedExpenses", UpdateFieldGroup.ConsolidatedExpenses, MayBeNegative: true),
        PropertyExpense("premisesRunningCosts", "Rent, rates, insurance and ground rents"),
        PropertyExpense("repairsAndMaintenance", "Property repairs and maintenance"),
        PropertyExpense("financialCosts", "Loan interest and other financial costs (not residential)"),
        PropertyExpense("professionalFees", "Legal, management and other professional fees"),
        PropertyExpense("costOfServices", "Costs of services provided, including wages"),
        PropertyExpense("travelCosts", "Car, van and travel costs"),
        PropertyExpense("other", "Other allowable property expenses"),
        new("residentialFinancialCost", "Residential property finance costs", "/ukProperty/expenses/residentialFinancialCost",
            UpdateFieldGroup.Expenses, MayBeNegative: false, AllowedWithConsolidated: true, InTotals: false),
        new("residentialFinancialCostsCarriedForward", "Unused residential finance costs brought forward", "/ukProperty/expenses/residentialFinancialCostsCarriedForward",
            UpdateFieldGroup.Expenses, MayBeNegative: false, AllowedWithConsolidated: true, InTotals: false),
        new("amountClaimed", "Rent a Room scheme: amount claimed", "/ukProperty/expenses/rentARoom/amountClaimed",
            UpdateFieldGroup.Expenses, MayBeNegative: false, AllowedWithConsolidated: true, InTotals: false),
    ];

    /// <summary>Whether MtdIncomeTax can send a quarterly update for this type of business.</summary>
    public static bool Supports(string typeOfBusiness) => typeOfBusiness is SelfEmployment or UkProperty;

    /// <summary>The figures for a type of business; empty when <see cref="Supports"/> is false.</summary>
    public static IReadOnlyList<UpdateField> For(string typeOfBusiness) => typeOfBusiness switch
    {
        SelfEmployment => SelfEmploymentFields,
        UkProperty => UkPropertyFields,
        _ => [],
    };

    /// <summary>Every form key and JSON pointer of a type of business, disallowable ones included.</summary>
    public static IEnumerable<(string Key, string Label, string Pointer)> Pointers(string typeOfBusiness)
    {
        foreach (var field in For(typeOfBusiness))
        {
            yield return (field.Key, field.Label, field.JsonPointer);
            if (field.DisallowableKey is not null)
            {
                yield return (field.DisallowableKey, field.Label + " (disallowable)", field.DisallowablePointer!);
            }
        }
    }

    private static UpdateField Income(string key, string label, string pointer) =>
        new(key, label, pointer, UpdateFieldGroup.Income, MayBeNegative: false);

    private static UpdateField Expense(string key, string label) =>
        new(key, label, "/periodExpenses/" + key, UpdateFieldGroup.Expenses, MayBeNegative: true,
            DisallowableKey: key + "Disallowable", DisallowablePointer: "/periodDisallowableExpenses/" + key + "Disallowable");

    private static UpdateField PropertyExpense(string key, string label) =>
        new(key, label, "/ukProperty/expenses/" + key, UpdateFieldGroup.Expenses, MayBeNegative: true);
}
