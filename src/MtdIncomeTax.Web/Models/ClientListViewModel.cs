using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores.Agents;
using MtdIncomeTax.Web.Agents;
using MtdIncomeTax.Web.Support;

namespace MtdIncomeTax.Web.Models;

/// <summary>
/// The client list page: one page of clients with the search and status filter, the add form with
/// what was typed and its errors, and the errors of a rejected import.
/// </summary>
public sealed record ClientListViewModel(
    AgentClientPage Clients,
    string? Search,
    ClientRelationshipStatus? Status,
    int PageNumber,
    int PageSize)
{
    public ClientForm Form { get; init; } = new(null, null, null, null);

    public IReadOnlyList<InputError> FormErrors { get; init; } = [];

    public IReadOnlyList<ClientImportError> ImportErrors { get; init; } = [];

    /// <summary>A message about the add or import that just finished, or the client just removed.</summary>
    public string? Notice { get; init; }

    /// <summary>A status filter from the address that names no status, shown back as typed.</summary>
    public string? UnknownStatus { get; init; }

    public int TotalCount => Clients.CountByStatus.Values.Sum();

    public int PageCount => Math.Max(1, (Clients.MatchingCount + PageSize - 1) / PageSize);

    public string? ErrorFor(string fieldId) => FormErrors.FirstOrDefault(error => error.FieldId == fieldId)?.Message;

    /// <summary>The query string of this filter on another page, for example "?search=ann&amp;status=Pending&amp;page=2".</summary>
    public string QueryFor(int page, ClientRelationshipStatus? status = null, bool keepStatus = true)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            parts.Add("search=" + Uri.EscapeDataString(Search));
        }

        if ((keepStatus ? Status : status) is { } chosen)
        {
            parts.Add("status=" + chosen);
        }

        if (page > 1)
        {
            parts.Add("page=" + page);
        }

        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}
