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
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            return await SearchPageAsync(filter, pageNumber, cancellationToken);
        }

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

    /// <summary>
    /// A search cannot use an index to match, so it reads the key and grant end of every match in
    /// one scan of the covering search index, pages them in memory, then reads the 25 rows shown.
    /// Ordering in the database instead would walk the grant-end index through the whole table.
    /// </summary>
    private async Task<SupportConnectionPage> SearchPageAsync(SupportConnectionFilter filter, int pageNumber, CancellationToken cancellationToken)
    {
        var matches = await Filter(filter)
            .Select(connection => new { connection.Id, connection.GrantExpiresAt })
            .ToListAsync(cancellationToken);

        var pageIds = matches
            .OrderBy(match => match.GrantExpiresAt)
            .ThenBy(match => match.Id)
            .Skip((pageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(match => match.Id)
            .ToList();

        var rows = pageIds.Count == 0
            ? []
            : await Select(Sort(db.HmrcConnections.AsNoTracking().Where(connection => pageIds.Contains(connection.Id))))
                .ToListAsync(cancellationToken);

        return new SupportConnectionPage(rows, matches.Count, pageNumber, PageSize);
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
            // A grant past its end counts as Expired even before the hourly sweep records it.
            var ended = timeProvider.GetUtcNow();
            query = status == ConnectionStatus.Expired
                ? query.Where(connection => connection.Status == ConnectionStatus.Expired
                    || (connection.Status != ConnectionStatus.Disconnected && connection.GrantExpiresAt <= ended))
                : query.Where(connection => connection.Status == status
                    && (status == ConnectionStatus.Disconnected || connection.GrantExpiresAt > ended));
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

    // A whole NINO is looked up through its index. Anything else is matched within the search
    // text, which contains the owner's name and email and the ARN in lower case, so one column is
    // scanned and case is ignored the same way on SQLite and SQL Server.
    private static IQueryable<HmrcConnection> Search(IQueryable<HmrcConnection> query, string term)
    {
        if (Nino.TryParse(term, out var nino))
        {
            return query.Where(connection => connection.Nino == nino.Value);
        }

        var text = ConnectionSearchText.Term(term);
        return query.Where(connection => connection.SearchText.Contains(text));
    }

    private static IOrderedQueryable<HmrcConnection> Sort(IQueryable<HmrcConnection> query) =>
        query.OrderBy(connection => connection.GrantExpiresAt).ThenBy(connection => connection.Id);

    // The NINO is masked as rows are read, so the full value never leaves this class.
    private IQueryable<SupportConnectionRow> Select(IQueryable<HmrcConnection> query)
    {
        var now = timeProvider.GetUtcNow();
        return query.Select(connection => new SupportConnectionRow(
            connection.Id,
            connection.Owner!.Name,
            connection.Owner.Email,
            connection.Kind,
            connection.Environment,
            connection.Status != ConnectionStatus.Disconnected && connection.GrantExpiresAt <= now ? ConnectionStatus.Expired : connection.Status,
            MaskNino(connection.Nino),
            connection.Arn,
            connection.AccessTokenExpiresAt,
            connection.LastRefreshedAt,
            connection.LastRefreshOutcome,
            connection.GrantExpiresAt)
        {
            PracticeName = connection.Practice != null ? connection.Practice.Name : null,
        });
    }

    internal static string? MaskNino(string? nino) => Nino.TryParse(nino, out var parsed) ? parsed.Masked : null;
}
