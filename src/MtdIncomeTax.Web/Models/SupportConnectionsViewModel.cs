using MtdIncomeTax.Data.Stores.Support;

namespace MtdIncomeTax.Web.Models;

/// <summary>The support list: the filter form and, when the filter is valid, one page of connections.</summary>
public sealed record SupportConnectionsViewModel(SupportFilterViewModel Filter, SupportConnectionPage? Page)
{
    /// <summary>
    /// Lists the page numbers to link to: the first, the last and two either side of the current
    /// one. Null marks a gap.
    /// </summary>
    public IReadOnlyList<int?> PageLinks()
    {
        if (Page is null)
        {
            return [];
        }

        var numbers = Enumerable.Range(1, Page.PageCount)
            .Where(number => number == 1 || number == Page.PageCount || Math.Abs(number - Page.PageNumber) <= 2)
            .ToList();

        var links = new List<int?>();
        for (var index = 0; index < numbers.Count; index++)
        {
            if (index > 0 && numbers[index] - numbers[index - 1] > 1)
            {
                links.Add(null);
            }

            links.Add(numbers[index]);
        }

        return links;
    }
}
