using System.Threading.RateLimiting;

namespace MtdIncomeTax.Hmrc.Http;

/// <summary>
/// A rate limiter that lets at most PermitLimit requests through in any rolling window, judged by a
/// log of the times it let the last PermitLimit requests through (a sliding log). A permit is
/// granted at time t only when the oldest of those times is at least one window before t, so no
/// window, wherever it starts, can hold more than PermitLimit grants. Timers only decide when to
/// look again: a late timer delays a grant and an early one finds no free slot and waits again,
/// so timer jitter cannot break the limit. Token buckets and segmented windows refill on a timer
/// and can let one request too many through when it fires late.
/// </summary>
/// <remarks>
/// Requests wait in arrival order. A request that would wait longer than MaxQueueWait, or find
/// QueueLimit requests already waiting, is rejected at once. Cancelling a waiting request removes
/// it from the queue. Each request takes one permit; a lease has nothing to release, because the
/// send it allowed stays in the log for one window.
/// </remarks>
public sealed class SlidingLogRateLimiter : RateLimiter
{
    private static readonly RateLimitLease Granted = new Lease(true, null, null);

    private readonly SlidingLogRateLimiterOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly long _windowTicks;
    private readonly Lock _lock = new();
    private readonly LinkedList<Waiter> _queue = new();
    private readonly ITimer _timer;

    // The timestamps of the last PermitLimit grants, oldest at _oldest, in TimeProvider ticks.
    private readonly long[] _grants;
    private int _grantCount;
    private int _oldest;

    private readonly long _createdAt;
    private long _successfulLeases;
    private long _failedLeases;
    private bool _disposed;

    public SlidingLogRateLimiter(SlidingLogRateLimiterOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.PermitLimit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Window, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegative(options.QueueLimit);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxQueueWait, TimeSpan.Zero);

        _options = options;
        _timeProvider = timeProvider;
        _grants = new long[options.PermitLimit];

        // Rounded up, so that rounding never shortens the window.
        _windowTicks = (long)Math.Ceiling(options.Window.Ticks * (double)timeProvider.TimestampFrequency / TimeSpan.TicksPerSecond);
        _createdAt = timeProvider.GetTimestamp();
        _timer = timeProvider.CreateTimer(_ => GrantWaiting(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public SlidingLogRateLimiterOptions Options => _options;

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_lock)
            {
                if (_queue.Count > 0)
                {
                    return null;
                }

                var allFreeSince = _grantCount == 0
                    ? _createdAt
                    : _grants[(_oldest + _grantCount - 1) % _grants.Length] + _windowTicks;
                var now = _timeProvider.GetTimestamp();
                return now >= allFreeSince ? _timeProvider.GetElapsedTime(allFreeSince, now) : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_lock)
        {
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = _queue.Count > 0 ? 0 : FreeSlots(_timeProvider.GetTimestamp()),
                CurrentQueuedCount = _queue.Count,
                TotalFailedLeases = _failedLeases,
                TotalSuccessfulLeases = _successfulLeases,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ThrowIfMoreThanOnePermit(permitCount);
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var now = _timeProvider.GetTimestamp();
            if (_queue.Count == 0 && HasFreeSlot(now))
            {
                return permitCount == 0 ? Granted : GrantNow(now);
            }

            return Reject(_timeProvider.GetElapsedTime(now, EarliestGrant(_queue.Count, now)), "no send slot is free");
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        ThrowIfMoreThanOnePermit(permitCount);
        cancellationToken.ThrowIfCancellationRequested();
        if (permitCount == 0)
        {
            // Zero permits only asks whether a request could be sent now; it never queues.
            return AttemptAcquireCore(0);
        }

        Waiter waiter;
        TimeSpan? due = null;
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var now = _timeProvider.GetTimestamp();
            if (_queue.Count == 0 && HasFreeSlot(now))
            {
                return GrantNow(now);
            }

            var wait = _timeProvider.GetElapsedTime(now, EarliestGrant(_queue.Count, now));
            if (_queue.Count >= _options.QueueLimit)
            {
                return Reject(wait, $"{_queue.Count} requests are already waiting, the most allowed");
            }

            if (wait > _options.MaxQueueWait)
            {
                return Reject(wait, $"the wait for a send slot would be {wait.TotalSeconds:F1} s, more than the maximum of {_options.MaxQueueWait.TotalSeconds:F1} s");
            }

            waiter = new Waiter(this, cancellationToken);
            waiter.Node = _queue.AddLast(waiter);
            if (_queue.Count == 1)
            {
                due = DueOfNextGrant(now);
            }
        }

        if (due is { } dueTime)
        {
            Arm(dueTime);
        }

        // Registered outside the lock: a token cancelled meanwhile runs Cancel at once, which takes the lock.
        // ConfigureAwait(false) lets a granted request go on to its send on the granting thread at
        // once, rather than wait for a synchronization context.
        var registration = cancellationToken.UnsafeRegister(static state => ((Waiter)state!).Cancel(), waiter);
        await using (registration.ConfigureAwait(false))
        {
            return await waiter.Task.ConfigureAwait(false);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Shutdown();
        }

        base.Dispose(disposing);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        Shutdown();
        await base.DisposeAsyncCore();
    }

    /// <summary>Stops the timer and fails every waiting request with an unacquired lease.</summary>
    private void Shutdown()
    {
        List<Waiter> waiting;
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            waiting = [.. _queue];
            _queue.Clear();
            foreach (var waiter in waiting)
            {
                waiter.Node = null;
            }
        }

        _timer.Dispose();
        foreach (var waiter in waiting)
        {
            waiter.TrySetResult(new Lease(false, null, "the rate limiter was disposed"));
        }
    }

    private static void ThrowIfMoreThanOnePermit(int permitCount) =>
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, 1, nameof(permitCount));

    private RateLimitLease GrantNow(long now)
    {
        Record(now);
        _successfulLeases++;
        return Granted;
    }

    private Lease Reject(TimeSpan retryAfter, string reason)
    {
        _failedLeases++;
        return new Lease(false, retryAfter, reason);
    }

    /// <summary>Grants waiting requests, in order, while slots are free; called by the timer.</summary>
    private void GrantWaiting()
    {
        var granted = new List<Waiter>();
        TimeSpan? due = null;
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            var now = _timeProvider.GetTimestamp();
            while (_queue.First is { } first && HasFreeSlot(now))
            {
                _queue.RemoveFirst();
                first.Value.Node = null;
                GrantNow(now);
                granted.Add(first.Value);
            }

            if (_queue.Count > 0)
            {
                due = DueOfNextGrant(now);
            }
        }

        if (due is { } dueTime)
        {
            Arm(dueTime);
        }

        // Completed outside the lock: each request continues on this thread straight into its send.
        foreach (var waiter in granted)
        {
            waiter.TrySetResult(Granted);
        }
    }

    private void Cancel(Waiter waiter)
    {
        lock (_lock)
        {
            if (waiter.Node is null)
            {
                return;
            }

            _queue.Remove(waiter.Node);
            waiter.Node = null;
        }

        waiter.TrySetCanceled(waiter.CancellationToken);
    }

    /// <summary>
    /// Returns when the first waiting request can be granted, rounded up to whole milliseconds so
    /// that the timer cannot spin on a slot that frees a fraction of a millisecond later.
    /// </summary>
    private TimeSpan DueOfNextGrant(long now)
    {
        var due = _timeProvider.GetElapsedTime(now, EarliestGrant(0, now));
        return TimeSpan.FromMilliseconds(Math.Ceiling(due.TotalMilliseconds));
    }

    /// <summary>
    /// Sets the timer, outside the lock because a timer may fire on the calling thread. Two racing
    /// calls can leave it set from an older state of the log, which is never later than the right
    /// time, so the worst case is an early look that finds no free slot and sets it again.
    /// </summary>
    private void Arm(TimeSpan due)
    {
        try
        {
            _timer.Change(due, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // Disposed meanwhile; Shutdown has failed every waiting request.
        }
    }

    private bool HasFreeSlot(long now) => _grantCount < _grants.Length || now - _grants[_oldest] >= _windowTicks;

    private int FreeSlots(long now)
    {
        var free = _grants.Length - _grantCount;
        for (var i = 0; i < _grantCount; i++)
        {
            if (now - _grants[(_oldest + i) % _grants.Length] >= _windowTicks)
            {
                free++;
            }
        }

        return free;
    }

    private void Record(long now)
    {
        if (_grantCount < _grants.Length)
        {
            _grants[(_oldest + _grantCount) % _grants.Length] = now;
            _grantCount++;
            return;
        }

        _grants[_oldest] = now;
        _oldest = (_oldest + 1) % _grants.Length;
    }

    /// <summary>
    /// Returns the earliest timestamp at which the request at a place in the queue can be granted,
    /// if every request before it is granted as early as possible. Grant number n after now needs
    /// the grant PermitLimit before it to be one window old: for the first PermitLimit that is a
    /// logged grant (or none while the log is not full), and each later one follows a whole window
    /// after the grant PermitLimit places before it.
    /// </summary>
    private long EarliestGrant(int place, long now)
    {
        var limit = _grants.Length;
        var unused = limit - _grantCount;
        var (windows, slot) = Math.DivRem(place, limit);
        var first = slot < unused
            ? now
            : Math.Max(now, _grants[(_oldest + slot - unused) % limit] + _windowTicks);
        return first + windows * _windowTicks;
    }

    private sealed class Waiter(SlidingLogRateLimiter limiter, CancellationToken cancellationToken)
        : TaskCompletionSource<RateLimitLease>
    {
        public CancellationToken CancellationToken { get; } = cancellationToken;

        public LinkedListNode<Waiter>? Node { get; set; }

        public void Cancel() => limiter.Cancel(this);
    }

    private sealed class Lease(bool isAcquired, TimeSpan? retryAfter, string? reason) : RateLimitLease
    {
        public override bool IsAcquired { get; } = isAcquired;

        public override IEnumerable<string> MetadataNames
        {
            get
            {
                if (retryAfter is not null)
                {
                    yield return MetadataName.RetryAfter.Name;
                }

                if (reason is not null)
                {
                    yield return MetadataName.ReasonPhrase.Name;
                }
            }
        }

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter
                : metadataName == MetadataName.ReasonPhrase.Name ? reason
                : null;
            return metadata is not null;
        }
    }
}
