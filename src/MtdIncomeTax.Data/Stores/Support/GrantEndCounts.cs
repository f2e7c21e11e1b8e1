namespace MtdIncomeTax.Data.Stores.Support;

/// <summary>
/// How many grants end in each month: Ended counts grants already over, Months runs from the
/// current month, and Later counts grants that end after the last month shown.
/// </summary>
public sealed record GrantEndCounts(int Ended, IReadOnlyList<GrantEndMonth> Months, int Later)
{
    public int Total => Ended + Later + Months.Sum(month => month.Count);
}
