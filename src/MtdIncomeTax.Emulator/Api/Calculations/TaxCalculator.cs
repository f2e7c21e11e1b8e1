using System.Text.Json;
using MtdIncomeTax.Emulator.State;

namespace MtdIncomeTax.Emulator.Api.Calculations;

/// <summary>
/// Works out a calculation from the cumulative totals of a tax year. Each business's profit is its
/// income less allowable expenses. The personal allowance, tapered by £1 for every £2 of income
/// over £100,000, comes off the total, and the rest is taxed at the basic, higher and additional
/// rates. Self-employment profit also pays Class 4 NICs. Income is in whole pounds, tax in pence.
/// </summary>
internal static class TaxCalculator
{
    // NOTE: finance cost relief on residential property (a basic-rate tax reduction) and Class 2
    // NICs are not worked out.
    private static readonly string[] PropertyIncome = ["premiumsOfLeaseGrant", "reversePremiums", "periodAmount", "otherIncome"];

    private static readonly string[] PropertyExpenses =
    [
        "premisesRunningCosts", "repairsAndMaintenance", "financialCosts", "professionalFees", "costOfServices",
        "other", "travelCosts", "consolidatedExpenses",
    ];

    public static TaxCalculationResult Calculate(TaxYear taxYear, IReadOnlyList<CumulativeSummary> summaries, IReadOnlyDictionary<string, string?> names)
    {
        var rates = TaxRates.For(taxYear);
        var businesses = summaries
            .Select(summary => ProfitOf(summary, names.GetValueOrDefault(summary.BusinessId)))
            .OrderBy(business => business.BusinessId, StringComparer.Ordinal)
            .ToList();
        var totalIncome = businesses.Sum(business => business.TaxableProfit);
        var taper = Math.Max(totalIncome - rates.PersonalAllowanceTaperThreshold, 0) / 2;
        var allowance = Math.Min(Math.Max(rates.PersonalAllowance - taper, 0), totalIncome);
        var taxable = totalIncome - allowance;
        var incomeTaxBands = Bands(taxable,
        [
            ("basic-rate", rates.BasicRate, rates.BasicRateBand),
            ("higher-rate", rates.HigherRate, rates.AdditionalRateThreshold),
            ("additional-rate", rates.AdditionalRate, int.MaxValue),
        ]);
        var selfEmployment = businesses.Where(b => b.TypeOfBusiness == "self-employment").ToList();
        var class4Bands = Bands(selfEmployment.Sum(b => b.TaxableProfit),
        [
            ("zero-rate", 0, rates.Class4LowerProfitsLimit),
            ("basic-rate", rates.Class4MainRate, rates.Class4UpperProfitsLimit),
            ("higher-rate", rates.Class4AdditionalRate, int.MaxValue),
        ]);

        return new TaxCalculationResult(
            businesses, totalIncome, allowance, taxable, incomeTaxBands, incomeTaxBands.Sum(b => b.Amount),
            class4Bands, class4Bands.Sum(b => b.Amount), selfEmployment.Count > 0);
    }

    /// <summary>Splits income across bands that each end at a limit, keeping only bands that hold income.</summary>
    private static List<ChargedBand> Bands(int income, (string Name, decimal Rate, int Limit)[] bands)
    {
        var charged = new List<ChargedBand>();
        var lower = 0;
        foreach (var (name, rate, limit) in bands)
        {
            var inBand = Math.Max(Math.Min(income, limit) - lower, 0);
            if (inBand > 0)
            {
                charged.Add(new ChargedBand(name, rate, limit, inBand, decimal.Round(inBand * rate / 100, 2, MidpointRounding.ToZero)));
            }

            lower = limit;
        }

        return charged;
    }

    private static BusinessProfit ProfitOf(CumulativeSummary summary, string? name)
    {
        var body = summary.Body;
        decimal income;
        decimal expenses;
        if (summary.TypeOfBusiness == "self-employment")
        {
            income = Sum(body, "periodIncome", ["turnover", "other"]);
            var expenseNames = body.TryGetProperty("periodExpenses", out var e) ? e.EnumerateObject().Select(p => p.Name).ToArray() : [];
            var disallowable = body.TryGetProperty("periodDisallowableExpenses", out var d) ? d.EnumerateObject().Select(p => p.Name).ToArray() : [];
            expenses = Sum(body, "periodExpenses", expenseNames) - Sum(body, "periodDisallowableExpenses", disallowable);
        }
        else
        {
            var property = body.GetProperty("ukProperty");
            income = Sum(property, "income", PropertyIncome) + Sum(property, "income", "rentARoom", "rentsReceived");
            expenses = Sum(property, "expenses", PropertyExpenses) + Sum(property, "expenses", "rentARoom", "amountClaimed");
        }

        return new BusinessProfit(summary.BusinessId, summary.TypeOfBusiness, name, income, expenses, summary.PeriodEnd, summary.SubmittedAt);
    }

    private static decimal Sum(JsonElement parent, string group, string[] names) =>
        parent.TryGetProperty(group, out var values)
            ? names.Sum(name => values.TryGetProperty(name, out var value) ? value.GetDecimal() : 0)
            : 0;

    private static decimal Sum(JsonElement parent, string group, string nested, string name) =>
        parent.TryGetProperty(group, out var values) && values.TryGetProperty(nested, out var inner)
            && inner.TryGetProperty(name, out var value)
            ? value.GetDecimal()
            : 0;
}
