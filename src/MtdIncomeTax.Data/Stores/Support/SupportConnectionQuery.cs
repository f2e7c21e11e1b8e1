using Microsoft.EntityFrameworkCore;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Hmrc;

namespace MtdIncomeTax.Data.Stores.Support;

/// <summary>
/// Lists HMRC connections for support staff. Filtering, sorting (grant end first) and paging run
/// in the database. Only the columns shown are read, so token columns are never selected.
/// </summary>
public sealed class SupportConnectionQuery(MtdIncomeTaxDbContext db, TimeProvider timeProvider)
{
    public const int PageSize = 25;

    public async Task<SupportConnectionPage> ListPageAsync(
        SupportConnectionFilter filter,
        int pageNumber,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageNumber, 1);

        var filtered = Filter(filter);
        var totalCount = await filtered.CountAsync(cancellationToken);
        if ((long)(pageNumber - 1) * PageSize >= totalCount)
        {
            return new SupportConnectionPage([], totalCount, pageNumber, PageSize);
        }

        var rows = await Select(Sort(filtered).Skip((pageNumber - 1) * PageSize).Take(PageSize))
            .ToListAsync(cancellationToken);

        return new SupportConnectionPage(rows, totalCount, pageNumber, PageSize);
    }

    /// <summary>Streams every connection that matches, in list order, for an export.</summary>
    public IAsyncEnumerable<SupportConnectionRow> ListAllAsync(SupportConnectionFilter filter) =>
        Select(Sort(Filter(filter))).AsAsyncEnumerable();

    /// <summary>
    /// Counts the matching grants by the month they end in, in the given time zone, with one
    /// grouped query: each grant's month is worked out in SQL from precomputed month boundaries.
    /// </summary>
    public async Task<GrantEndCounts> CountGrantEndsByMonthAsync(
        SupportConnectionFilter filter,
        TimeZoneInfo timeZone,
        CancellationToken cancellationToken)
    {
        var buckets = GrantEndBuckets.Create(timeProvider.GetUtcNow(), timeZone);
        var counts = await Filter(filter)
            .Select(buckets.BucketOf)
            .GroupBy(bucket => bucket)
            .Select(group => new { Bucket = group.Key, Count = group.Count() })
            .ToDictionaryAsync(pair => pair.Bucket, pair => pair.Count, cancellationToken);

        return buckets.ToCounts(counts);
    }

    private IQueryable<HmrcConnection> Filter(SupportConnectionFilter filter)
    {
        var query = db.HmrcConnections.AsNoTracking();
        if (filter.Status is { } status)
        {
            query = query.Where(connection => connection.Status == status);
        }

        if (filter.GrantEndsWithinDays is { } days)
        {
            // Grants that have already ended are not "ending within" any number of days.
            var now = timeProvider.GetUtcNow();
            var until = now.AddDays(days);
            query = query.Where(connection => connection.GrantExpiresAt >= now && connection.GrantExpiresAt <= until);
        }

        return string.IsNullOrWhiteSpace(filter.Search) ? query : Search(query, filter.Search.Trim());
    }

    // NOTE: SQLite's LIKE ignores case for ASCII letters only, so there "zoë" does not find "ZOË".
    // SQL Server's default collation ignores case for all letters.
    private static IQueryable<HmrcConnection> Search(IQueryable<HmrcConnection> query, string term)
    {
        var pattern = "%" + EscapeLikePattern(term) + "%";
        var nino = Nino.TryParse(term, out var parsed) ? parsed.Value : null;

        return query.Where(connection =>
            (nino != null && connection.Nino == nino)
            || EF.Functions.Like(connection.Owner!.Name, pattern, LikeEscape)
            || EF.Functions.Like(connection.Owner!.Email, pattern, LikeEscape)
            || EF.Functions.Like(connection.Arn, pattern, LikeEscape));
    }

    private const string LikeEscape = "\\";

    private static string EscapeLikePattern(string term) =>
        term.Replace(LikeEscape, LikeEscape + LikeEscape, StringComparison.Ordinal)
            .Replace("%", LikeEscape + "%", StringComparison.Ordinal)
            .Replace("_", LikeEscape + "_", StringComparison.Ordinal)
            .Replace("[", LikeEscape + "[", StringComparison.Ordinal);

    private static IOrderedQueryable<HmrcConnection> Sort(IQueryable<HmrcConnection> query) =>
        query.OrderBy(connection => connection.GrantExpiresAt).ThenBy(connection => connection.Id);

    // The NINO is masked as rows are read, so the full value never leaves this class.
    private static IQueryable<SupportConnectionRow> Select(IQueryable<HmrcConnection> query) =>
        query.Select(connection => new SupportConnectionRow(
            connection.Id,
            connection.Owner!.Name,
            connection.Owner.Email,
            connection.Kind,
            connection.Environment,
            connection.Status,
            MaskNino(connection.Nino),
            connection.Arn,
            connection.AccessTokenExpiresAt,
            connection.LastRefreshedAt,
            connection.LastRefreshOutcome,
            connection.GrantExpiresAt));

    internal static string? MaskNino(string? nino) => Nino.TryParse(nino, out var parsed) ? parsed.Masked : null;
}
