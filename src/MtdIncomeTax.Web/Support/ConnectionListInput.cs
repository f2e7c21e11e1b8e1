using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores.Support;

namespace MtdIncomeTax.Web.Support;

/// <summary>
/// The support list's query string as typed. Values stay text so that an invalid one can be shown
/// back with a message, and a filtered view keeps a URL that can be shared.
/// </summary>
public sealed class ConnectionListInput
{
    public const int MaxDays = 3650;
    public const int MaxSearchLength = 100;

    public const string DaysMessage = "Enter a whole number of days from 1 to 3650";
    public const string StatusMessage = "Select a status from the list";
    public const string SearchMessage = "Search must be 100 characters or fewer";
    public const string PageMessage = "Page must be a whole number of 1 or more";

    [FromQuery(Name = "status")]
    public string? Status { get; set; }

    [FromQuery(Name = "days")]
    public string? Days { get; set; }

    [FromQuery(Name = "q")]
    public string? Search { get; set; }

    [FromQuery(Name = "page")]
    public string? Page { get; set; }

    public bool HasFilter =>
        !string.IsNullOrWhiteSpace(Status) || !string.IsNullOrWhiteSpace(Days) || !string.IsNullOrWhiteSpace(Search);

    /// <summary>
    /// Parses every value and collects a message for each invalid one. The page is ignored when
    /// readPage is false.
    /// </summary>
    public ConnectionListRequest Parse(bool readPage = true)
    {
        var errors = new List<InputError>();
        var status = ParseStatus(errors);
        var days = ParseDays(errors);
        var search = string.IsNullOrWhiteSpace(Search) ? null : Search.Trim();
        if (search is { Length: > MaxSearchLength })
        {
            errors.Add(new InputError("q", SearchMessage));
        }

        var pageNumber = readPage ? ParsePage(errors) : 1;

        return new ConnectionListRequest(new SupportConnectionFilter(status, days, search), pageNumber, errors);
    }

    /// <summary>Builds the query string of this filter, with a page number when one is given.</summary>
    public string ToQueryString(int? pageNumber = null)
    {
        var query = new QueryBuilder();
        AddIfPresent(query, "status", Status);
        AddIfPresent(query, "days", Days);
        AddIfPresent(query, "q", Search);
        if (pageNumber is > 1)
        {
            query.Add("page", pageNumber.Value.ToString(CultureInfo.InvariantCulture));
        }

        return query.ToString();
    }

    private ConnectionStatus? ParseStatus(List<InputError> errors)
    {
        if (string.IsNullOrWhiteSpace(Status))
        {
            return null;
        }

        // Names only: Enum.TryParse would also accept numbers such as "2" or "99".
        var name = Enum.GetNames<ConnectionStatus>()
            .FirstOrDefault(name => string.Equals(name, Status.Trim(), StringComparison.OrdinalIgnoreCase));
        if (name is null)
        {
            errors.Add(new InputError("status", StatusMessage));
            return null;
        }

        return Enum.Parse<ConnectionStatus>(name);
    }

    private int? ParseDays(List<InputError> errors)
    {
        if (string.IsNullOrWhiteSpace(Days))
        {
            return null;
        }

        var isNumber = int.TryParse(Days.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days);
        if (!isNumber || days is < 1 or > MaxDays)
        {
            errors.Add(new InputError("days", DaysMessage));
            return null;
        }

        return days;
    }

    private int ParsePage(List<InputError> errors)
    {
        if (string.IsNullOrWhiteSpace(Page))
        {
            return 1;
        }

        if (!int.TryParse(Page.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var page) || page < 1)
        {
            errors.Add(new InputError(null, PageMessage));
            return 1;
        }

        return page;
    }

    private static void AddIfPresent(QueryBuilder query, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            query.Add(key, value.Trim());
        }
    }
}
