using MtdIncomeTax.Data.Stores.Support;

namespace MtdIncomeTax.Web.Models;

/// <summary>The support list: the filter form and, when the filter is valid, one page of connections.</summary>
public sealed record SupportConnectionsViewModel(SupportFilterViewModel Filter, SupportConnectionPage? Page)
{
    /// <summary>Page numbers to link to: the first, the last and two either side of the current one; null marks a gap.</summary>
    public IReadOnlyList<int?> PageLinks()
    {
        if (Page is null)
        {
            return [];
        }

        var shown = Enumerable.Range(1, Page.PageCount)
            .Where(number => number == 1 || number == Page.PageCount || Math.Abs(number - Page.PageNumber) <= 2)
            .ToList();

        var links = new List<int?>();
        for (var index = 0; index < shown.Count; index++)
        {
            if (index > 0 && shown[index] - shown[index - 1] > 1)
            {
                links.Add(null);
            }

            links.Add(shown[index]);
        }

        return links;
    }
}
