namespace MtdIncomeTax.Data.Stores.Support;

/// <summary>One page of the support list, with the number of connections that match the filter on all pages.</summary>
public sealed record SupportConnectionPage(
    IReadOnlyList<SupportConnectionRow> Rows,
    int TotalCount,
    int PageNumber,
    int PageSize)
{
    public int PageCount => TotalCount == 0 ? 1 : (TotalCount + PageSize - 1) / PageSize;
}
