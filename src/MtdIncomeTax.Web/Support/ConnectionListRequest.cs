using MtdIncomeTax.Data.Stores.Support;

namespace MtdIncomeTax.Web.Support;

/// <summary>The support list's query string once parsed: a filter and a page, or the reasons it is invalid.</summary>
public sealed record ConnectionListRequest(
    SupportConnectionFilter Filter,
    int PageNumber,
    IReadOnlyList<InputError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
