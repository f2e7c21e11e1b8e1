using System.Linq.Expressions;
using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Data.Stores.Support;

/// <summary>
/// Month boundaries for counting grant ends: bucket 0 is "ended", buckets 1 to MonthCount are the
/// current month and the following ones, and the last bucket is "later".
/// </summary>
internal sealed class GrantEndBuckets
{
    /// <summary>
    /// The current month and the next 18. A grant lasts 18 months, so one given today ends in the
    /// last month shown.
    /// </summary>
    public const int MonthCount = 19;

    private readonly DateOnly[] _months;

    private GrantEndBuckets(DateOnly[] months, DateTimeOffset[] boundaries)
    {
        _months = months;
        Boundaries = boundaries;
        BucketOf = BuildExpression();
    }

    /// <summary>
    /// Instants between buckets: boundary 0 is now, and boundary k starts the month after month k
    /// in local time.
    /// </summary>
    public IReadOnlyList<DateTimeOffset> Boundaries { get; }

    /// <summary>A CASE expression for SQL: the index of the first boundary the grant ends before.</summary>
    public Expression<Func<HmrcConnection, int>> BucketOf { get; }

    public static GrantEndBuckets Create(DateTimeOffset now, TimeZoneInfo timeZone)
    {
        var local = TimeZoneInfo.ConvertTime(now, timeZone);
        var firstMonth = new DateOnly(local.Year, local.Month, 1);
        var months = Enumerable.Range(0, MonthCount).Select(firstMonth.AddMonths).ToArray();

        var boundaries = new DateTimeOffset[MonthCount + 1];
        boundaries[0] = now;
        for (var k = 1; k <= MonthCount; k++)
        {
            boundaries[k] = StartOf(firstMonth.AddMonths(k), timeZone);
        }

        return new GrantEndBuckets(months, boundaries);
    }

    public GrantEndCounts ToCounts(IReadOnlyDictionary<int, int> countsByBucket)
    {
        int CountOf(int bucket) => countsByBucket.TryGetValue(bucket, out var count) ? count : 0;

        var months = _months.Select((month, index) => new GrantEndMonth(month, CountOf(index + 1))).ToList();
        return new GrantEndCounts(CountOf(0), months, CountOf(MonthCount + 1));
    }

    private static DateTimeOffset StartOf(DateOnly month, TimeZoneInfo timeZone)
    {
        var localMidnight = month.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(localMidnight, timeZone), TimeSpan.Zero);
    }

    private Expression<Func<HmrcConnection, int>> BuildExpression()
    {
        var connection = Expression.Parameter(typeof(HmrcConnection), "connection");
        var grantEnd = Expression.Property(connection, nameof(HmrcConnection.GrantExpiresAt));

        // Each boundary is read through this object's property, so EF Core sends it as a parameter.
        // As a constant it would change the SQL text at every request and miss the plan cache.
        var boundaries = Expression.Property(Expression.Constant(this), nameof(Boundaries));
        var indexer = typeof(IReadOnlyList<DateTimeOffset>).GetProperty("Item")!;

        Expression bucket = Expression.Constant(Boundaries.Count);
        for (var index = Boundaries.Count - 1; index >= 0; index--)
        {
            var boundary = Expression.Property(boundaries, indexer, Expression.Constant(index));
            bucket = Expression.Condition(Expression.LessThan(grantEnd, boundary), Expression.Constant(index), bucket);
        }

        return Expression.Lambda<Func<HmrcConnection, int>>(bucket, connection);
    }
}
