using MtdIncomeTax.Data.Stores.Support;

namespace MtdIncomeTax.Web.Models;

/// <summary>The grant ends chart: the filter form and, when the filter is valid, the counts by month.</summary>
public sealed record SupportGrantEndsViewModel(SupportFilterViewModel Filter, GrantEndCounts? Counts)
{
    public int LargestCount
    {
        get
        {
            if (Counts is null)
            {
                return 0;
            }

            var largestMonth = Counts.Months.Select(month => month.Count).DefaultIfEmpty().Max();
            return Math.Max(Math.Max(Counts.Ended, Counts.Later), largestMonth);
        }
    }
}
