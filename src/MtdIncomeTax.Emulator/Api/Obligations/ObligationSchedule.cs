using MtdIncomeTax.Emulator.State;

namespace MtdIncomeTax.Emulator.Api.Obligations;

/// <summary>
/// The obligations HMRC sets under the cumulative regime. Quarterly updates all start on 6 April
/// and end on 5 July, 5 October, 5 January and 5 April. Each is due a month after its end, on the
/// 5th for 2025-26 and the 7th from 2026-27, as the specification's examples show. The final
/// declaration covers the whole tax year and is due on 31 January after it ends.
/// </summary>
internal static class ObligationSchedule
{
    /// <summary>
    /// Returns the tax years whose obligations are set on the given day: the current one and the
    /// one before it, leaving out years before cumulative updates began in 2025-26.
    /// </summary>
    public static IEnumerable<TaxYear> ObligationYears(DateOnly today)
    {
        var current = TaxYear.Containing(today);

        return new[] { current.Previous, current }.Where(year => year >= TaxYear.FirstCumulative);
    }

    /// <summary>Returns the quarter ends of the tax year, the period ends a standard quarterly update may have.</summary>
    public static IReadOnlyList<DateOnly> QuarterEnds(TaxYear taxYear) =>
    [
        new(taxYear.StartYear, 7, 5),
        new(taxYear.StartYear, 10, 5),
        new(taxYear.StartYear + 1, 1, 5),
        taxYear.LastDay,
    ];

    /// <summary>Returns the year's four cumulative quarters, each fulfilled once a stored summary reaches its end.</summary>
    public static IEnumerable<Obligation> Quarters(TaxYear taxYear, CumulativeSummary? summary)
    {
        var dueDay = taxYear <= TaxYear.FirstCumulative ? 5 : 7;

        return QuarterEnds(taxYear).Select(end =>
        {
            var dueMonth = end.AddMonths(1);
            var due = new DateOnly(dueMonth.Year, dueMonth.Month, dueDay);

            return new Obligation(taxYear.FirstDay, end, due, summary?.ReceivedFor(end));
        });
    }

    public static Obligation FinalDeclaration(TaxYear taxYear, DateOnly? received) =>
        new(taxYear.FirstDay, taxYear.LastDay, new DateOnly(taxYear.StartYear + 2, 1, 31), received);
}
