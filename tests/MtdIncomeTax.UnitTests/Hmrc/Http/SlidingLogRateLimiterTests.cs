using System.Threading.RateLimiting;
using Microsoft.Extensions.Time.Testing;
using MtdIncomeTax.Hmrc.Http;

namespace MtdIncomeTax.UnitTests.Hmrc.Http;

public sealed class SlidingLogRateLimiterTests
{
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
    private readonly DateTimeOffset _start;
    private int _grantOrder;

    public SlidingLogRateLimiterTests() => _start = _time.GetUtcNow();

    [Fact]
    public async Task Burst_spreads_over_windows()
    {
        using var limiter = Create(permitLimit: 3);

        var grants = Enumerable.Range(0, 10).Select(_ => AcquireAsync(limiter)).ToList();
        await AdvanceUntilDoneAsync(grants, TimeSpan.FromMilliseconds(1));

        var times = await Task.WhenAll(grants);
        Assert.Equal([0, 0, 0, 1000, 1000, 1000, 2000, 2000, 2000, 3000], times.Select(time => (int)time.TotalMilliseconds).ToArray());
    }

    [Fact]
    public async Task Limit_holds_under_timer_jitter()
    {
        // Timers fire up to 50 ms early or 200 ms late, time moves in uneven steps, and each
        // request is in flight for 0 to 300 ms, as on a loaded machine.
        var random = new Random(20261204);
        using var limiter = new SlidingLogRateLimiter(Options(permitLimit: 3), new JitteryTimeProvider(_time, random));
        var sends = new List<Task<Send>>();

        sends.AddRange(Enumerable.Range(0, 10).Select(_ => SendAsync(limiter, random)));
        await AdvanceUntilDoneAsync(sends, random);
        Advance(TimeSpan.FromMilliseconds(2500));
        sends.AddRange(Enumerable.Range(0, 7).Select(_ => SendAsync(limiter, random)));
        await AdvanceUntilDoneAsync(sends, random);
        Advance(TimeSpan.FromMilliseconds(700));
        for (var i = 0; i < 12; i++)
        {
            sends.Add(SendAsync(limiter, random));
            Advance(TimeSpan.FromMilliseconds(random.Next(0, 400)));
        }

        await AdvanceUntilDoneAsync(sends, random);

        AssertServerCountsAtMost(await Task.WhenAll(sends), limit: 3, OneSecond);
    }

    [Fact]
    public async Task Slot_busy_until_response_plus_window()
    {
        using var limiter = Create(permitLimit: 2);
        using var first = await limiter.AcquireAsync(1);
        var second = await limiter.AcquireAsync(1);
        var third = AcquireAsync(limiter);

        Advance(TimeSpan.FromSeconds(5));
        var waitingWhileInFlight = !third.IsCompleted;
        second.Dispose();
        Advance(OneSecond - TimeSpan.FromMilliseconds(1));
        var waitingJustBeforeAWindow = !third.IsCompleted;
        Advance(TimeSpan.FromMilliseconds(1));

        Assert.True(waitingWhileInFlight);
        Assert.True(waitingJustBeforeAWindow);
        Assert.Equal(TimeSpan.FromSeconds(6), await third);
    }

    [Fact]
    public async Task Full_limit_returns_after_pause()
    {
        using var limiter = Create(permitLimit: 3);
        var first = Enumerable.Range(0, 3).Select(_ => AcquireAsync(limiter)).ToList();
        Advance(TimeSpan.FromSeconds(5));

        var second = Enumerable.Range(0, 4).Select(_ => AcquireAsync(limiter)).ToList();

        Assert.All(first, grant => Assert.True(grant.IsCompletedSuccessfully));
        Assert.Equal(3, second.Count(grant => grant.IsCompletedSuccessfully));
        Assert.False(second[3].IsCompleted);
    }

    [Theory]
    [InlineData(6, 1, 6)]
    [InlineData(6, 2, 3)]
    [InlineData(4, 2, 2)]
    [InlineData(3, 2, 1)]
    public async Task Instances_share_the_limit(int requestsPerSecond, int instanceCount, int expectedPerWindow)
    {
        var options = new HmrcRateLimitOptions { RequestsPerSecond = requestsPerSecond, InstanceCount = instanceCount };
        using var limiter = new SlidingLogRateLimiter(SlidingLogRateLimiterOptions.From(options), _time);

        var grants = Enumerable.Range(0, 12).Select(_ => AcquireAsync(limiter)).ToList();
        var grantedAtOnce = grants.Count(grant => grant.IsCompletedSuccessfully);
        await AdvanceUntilDoneAsync(grants, TimeSpan.FromMilliseconds(5));

        Assert.Equal(expectedPerWindow, grantedAtOnce);
        AssertNoWindowHoldsMore(await Task.WhenAll(grants), expectedPerWindow, OneSecond);
        Assert.Equal(OneSecond, limiter.Options.Window);
    }

    [Fact]
    public async Task Queue_grants_in_arrival_order()
    {
        using var limiter = Create(permitLimit: 2);
        var order = new List<int>();
        var grants = Enumerable.Range(0, 7).Select(async index =>
        {
            using var lease = await limiter.AcquireAsync(1).ConfigureAwait(false);
            lock (order)
            {
                order.Add(index);
            }
        }).ToList();

        await AdvanceUntilDoneAsync(grants, TimeSpan.FromMilliseconds(10));

        Assert.Equal(Enumerable.Range(0, 7), order);
    }

    [Fact]
    public async Task Cancelled_request_frees_its_place()
    {
        using var limiter = Create(permitLimit: 1);
        await AcquireAsync(limiter);
        using var cancellation = new CancellationTokenSource();
        var cancelled = AcquireAsync(limiter, cancellation.Token);
        var next = AcquireAsync(limiter);

        await cancellation.CancelAsync();
        var queuedAfterCancel = limiter.GetStatistics()!.CurrentQueuedCount;
        Advance(OneSecond);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.Equal(1, queuedAfterCancel);
        Assert.Equal(OneSecond, await next);
        Assert.Equal(0, limiter.GetStatistics()!.CurrentQueuedCount);
    }

    [Fact]
    public async Task Wait_past_maximum_is_rejected_at_once()
    {
        using var limiter = Create(permitLimit: 1, maxQueueWait: TimeSpan.FromSeconds(2));
        await AcquireAsync(limiter);
        var waiting = new[] { limiter.AcquireAsync(1).AsTask(), limiter.AcquireAsync(1).AsTask() };

        using var rejected = await limiter.AcquireAsync(1);

        Assert.False(rejected.IsAcquired);
        Assert.True(rejected.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(3), retryAfter);
        Assert.True(rejected.TryGetMetadata(MetadataName.ReasonPhrase, out var reason));
        Assert.Contains("more than the maximum of 2.0 s", reason);
        Assert.All(waiting, lease => Assert.False(lease.IsCompleted));
    }

    [Fact]
    public async Task Wait_reaching_maximum_is_rejected()
    {
        using var limiter = Create(permitLimit: 1, maxQueueWait: TimeSpan.FromSeconds(2));
        using var inFlight = await limiter.AcquireAsync(1);
        var waiting = limiter.AcquireAsync(1).AsTask();

        Advance(TimeSpan.FromSeconds(2));

        using var lease = await waiting;
        Assert.False(lease.IsAcquired);
        Assert.True(lease.TryGetMetadata(MetadataName.ReasonPhrase, out var reason));
        Assert.Contains("no send slot became free within the maximum wait of 2.0 s", reason);
        Assert.Equal(0, limiter.GetStatistics()!.CurrentQueuedCount);
    }

    [Fact]
    public async Task Full_queue_is_rejected_at_once()
    {
        using var limiter = Create(permitLimit: 1, queueLimit: 2);
        await AcquireAsync(limiter);
        var waiting = new[] { limiter.AcquireAsync(1).AsTask(), limiter.AcquireAsync(1).AsTask() };

        using var rejected = await limiter.AcquireAsync(1);

        Assert.False(rejected.IsAcquired);
        Assert.True(rejected.TryGetMetadata(MetadataName.ReasonPhrase, out var reason));
        Assert.Contains("2 requests are already waiting", reason);
        Assert.All(waiting, lease => Assert.False(lease.IsCompleted));
    }

    [Fact]
    public async Task Disposing_fails_waiting_requests()
    {
        var limiter = Create(permitLimit: 1);
        await AcquireAsync(limiter);
        var waiting = limiter.AcquireAsync(1);

        limiter.Dispose();

        using var lease = await waiting;
        Assert.False(lease.IsAcquired);
    }

    private static SlidingLogRateLimiterOptions Options(int permitLimit, int queueLimit = 1000, TimeSpan? maxQueueWait = null) =>
        new(permitLimit, OneSecond, queueLimit, maxQueueWait ?? TimeSpan.FromMinutes(5));

    private SlidingLogRateLimiter Create(int permitLimit, int queueLimit = 1000, TimeSpan? maxQueueWait = null) =>
        new(Options(permitLimit, queueLimit, maxQueueWait), _time);

    /// <summary>Acquires a permit and returns the fake time at which it was granted.</summary>
    private async Task<TimeSpan> AcquireAsync(SlidingLogRateLimiter limiter, CancellationToken cancellationToken = default)
    {
        // ConfigureAwait(false) reads the clock on the thread that granted the permit, inside Advance.
        using var lease = await limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        Assert.True(lease.IsAcquired);
        return _time.GetUtcNow() - _start;
    }

    /// <summary>
    /// Advances the clock outside xunit's synchronization context. Under one, the runtime queues the
    /// continuation of a granted request to the thread pool, so the request would read the clock
    /// late. A server has no synchronization context, and there it runs at its grant.
    /// </summary>
    private void Advance(TimeSpan step)
    {
        var context = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            _time.Advance(step);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(context);
        }
    }

    private async Task AdvanceUntilDoneAsync(IReadOnlyList<Task> tasks, TimeSpan step)
    {
        for (var i = 0; i < 100_000 && !tasks.All(task => task.IsCompleted); i++)
        {
            Advance(step);
        }

        await Task.WhenAll(tasks);
    }

    /// <summary>
    /// Acquires a permit, holds it for 0 to 300 ms of fake time as a request in flight would, and
    /// returns when it was granted and released, in grant order.
    /// </summary>
    private async Task<Send> SendAsync(SlidingLogRateLimiter limiter, Random random)
    {
        using var lease = await limiter.AcquireAsync(1).ConfigureAwait(false);
        Assert.True(lease.IsAcquired);
        var order = Interlocked.Increment(ref _grantOrder);
        var granted = _time.GetUtcNow() - _start;
        await Task.Delay(TimeSpan.FromMilliseconds(random.Next(0, 301)), _time).ConfigureAwait(false);
        return new Send(order, granted, _time.GetUtcNow() - _start);
    }

    private async Task AdvanceUntilDoneAsync(IReadOnlyList<Task> tasks, Random random)
    {
        for (var i = 0; i < 100_000 && !tasks.All(task => task.IsCompleted); i++)
        {
            Advance(TimeSpan.FromMilliseconds(random.Next(1, 300)));
        }

        await Task.WhenAll(tasks);
    }

    /// <summary>
    /// Checks that no window could count more than limit requests at the server, wherever between
    /// grant and release each one arrived. So when a request was granted, fewer than limit of the
    /// requests granted before it may have been in flight or released less than a window earlier.
    /// </summary>
    private static void AssertServerCountsAtMost(IReadOnlyList<Send> sends, int limit, TimeSpan window)
    {
        foreach (var send in sends)
        {
            var busy = sends.Where(other => other.Order < send.Order && other.Released > send.Granted - window).ToList();
            Assert.True(busy.Count < limit, $"granted at {send.Granted} while {busy.Count} were busy: {string.Join(", ", busy)}");
        }
    }

    /// <summary>Checks that any limit + 1 grants in time order span at least one window.</summary>
    private static void AssertNoWindowHoldsMore(IEnumerable<TimeSpan> grants, int limit, TimeSpan window)
    {
        var sorted = grants.Order().ToList();
        for (var i = 0; i + limit < sorted.Count; i++)
        {
            var span = sorted[i + limit] - sorted[i];
            Assert.True(span >= window, $"grants {i} to {i + limit} fall within {span.TotalMilliseconds} ms: {string.Join(", ", sorted)}");
        }
    }

    private sealed record Send(int Order, TimeSpan Granted, TimeSpan Released);

    /// <summary>The fake clock, with timers that fire up to 50 ms early or up to 200 ms late.</summary>
    private sealed class JitteryTimeProvider(FakeTimeProvider clock, Random random) : TimeProvider
    {
        public override long TimestampFrequency => clock.TimestampFrequency;

        public override long GetTimestamp() => clock.GetTimestamp();

        public override DateTimeOffset GetUtcNow() => clock.GetUtcNow();

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            new JitteryTimer(clock.CreateTimer(callback, state, Jitter(dueTime), period), this);

        private TimeSpan Jitter(TimeSpan dueTime)
        {
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                return dueTime;
            }

            // At least 1 ms: the fake clock fires a timer due now on the calling thread, which no real timer does.
            var jittered = dueTime.TotalMilliseconds + random.Next(-50, 201);
            return TimeSpan.FromMilliseconds(Math.Max(1, jittered));
        }

        private sealed class JitteryTimer(ITimer inner, JitteryTimeProvider provider) : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(provider.Jitter(dueTime), period);

            public void Dispose() => inner.Dispose();

            public ValueTask DisposeAsync() => inner.DisposeAsync();
        }
    }
}
