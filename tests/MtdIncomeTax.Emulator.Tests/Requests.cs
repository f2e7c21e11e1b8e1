namespace MtdIncomeTax.Emulator.Tests;

/// <summary>Paths and bodies of valid Income Tax API requests for individual-1 (AA123456A).</summary>
public static class Requests
{
    public const string Nino = "AA123456A";
    public const string SelfEmploymentId = "XAIS12345678901";
    public const string PropertyId = "XPIS12345678902";

    public static string SelfEmploymentCumulative(string taxYear = "2025-26", string businessId = SelfEmploymentId, string nino = Nino) =>
        $"/individuals/business/self-employment/{nino}/{businessId}/cumulative/{taxYear}";

    public static string SelfEmploymentAnnual(string taxYear = "2025-26") =>
        $"/individuals/business/self-employment/{Nino}/{SelfEmploymentId}/annual/{taxYear}";

    public static string PropertyCumulative(string taxYear = "2025-26", string businessId = PropertyId) =>
        $"/individuals/business/property/uk/{Nino}/{businessId}/cumulative/{taxYear}";

    public static string Calculations(string taxYear = "2025-26") => $"/individuals/calculations/{Nino}/self-assessment/{taxYear}";

    public static object SelfEmploymentBody(string start = "2025-04-06", string end = "2025-07-05", decimal turnover = 20000m) => new
    {
        periodDates = new { periodStartDate = start, periodEndDate = end },
        periodIncome = new { turnover, other = 0m },
        periodExpenses = new { costOfGoods = 3000m, adminCosts = 500m, otherExpenses = 500m },
        periodDisallowableExpenses = new { adminCostsDisallowable = 100m },
    };

    public static object PropertyBody(string from = "2025-04-06", string to = "2025-07-05") => new
    {
        fromDate = from,
        toDate = to,
        ukProperty = new
        {
            income = new { periodAmount = 6000m, otherIncome = 100m },
            expenses = new { repairsAndMaintenance = 700m, premisesRunningCosts = 400m },
        },
    };

    public static object AnnualBody() => new
    {
        allowances = new { annualInvestmentAllowance = 1000m },
        nonFinancials = new { businessDetailsChangedRecently = true },
    };
}
