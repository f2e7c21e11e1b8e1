using System.Threading.RateLimiting;

namespace MtdIncomeTax.Hmrc.Http;

/// <summary>
/// A rate limiter that keeps the requests a server counts within PermitLimit in any rolling window.
/// Each permit is a slot that stays busy while its request is in flight and for one window after
/// the lease is disposed, which the caller does when the response arrives or the request fails. It
/// keeps a log of those release times (a sliding log) and grants a permit only while fewer than
/// PermitLimit slots are busy.
/// </summary>
/// <remarks>
/// <para>
/// Why this holds at the server whatever the network and the server's own queues do: of any
/// PermitLimit + 1 requests, the last was granted while at most PermitLimit - 1 others were busy,
/// so one of the others had been released at least a window before. That one reached the server
/// before its release, and the last reached it after its grant, so they arrived more than a window
/// apart and no window of arrivals holds all PermitLimit + 1. Counting sends alone is not enough:
/// on a loaded machine a request can reach the server a second after it was sent, next to the
/// requests of the following window. Timers only decide when to look again. A late timer delays a
/// grant, and an early one finds no free slot and waits again, so timer jitter cannot break the
/// limit, unlike a token bucket or segmented window that refills on a timer.
/// </para>
/// <para>
/// Requests wait in arrival order. A request that would wait longer than MaxQueueWait, even if
/// every request in flight were answered now, or that finds QueueLimit requests already waiting, is
/// rejected at once. One still waiting after MaxQueueWait gets a rejected lease then. Cancelling a
/// waiting request removes it from the queue. Each request takes one permit.
/// </para>
/// </remarks>
public sealed class SlidingLogRateLimiter : RateLimiter
{
    private static readonly RateLimitLease NothingHeld = new HeldLease(null);

    private readonly SlidingLogRateLimiterOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly long _windowTicks;
    private readonly long _createdAt;
    private readonly Lock _lock = new();
    private readonly LinkedList<Waiter> _queue = new();
    private readonly ITimer _timer;

    // Release times within the last window, oldest first, in TimeProvider ticks. Busy prunes older ones.
    private readonly Queue<long> _releases = new();
    private int _inFlight;
    private long? _lastRelease;

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
                if (_queue.Count > 0 || _inFlight > 0)
                {
                    return null;
                }

                var allFreeSince = _lastRelease is { } last ? last + _windowTicks : _createdAt;
                var now = _timeProvider.GetTimestamp();
                return now >= allFreeSince ? _timeProvider.GetElapsedTime(allFreeSince, now) : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_lock)
        {
            var busy = Busy(_timeProvider.GetTimestamp());
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = _queue.Count > 0 ? 0 : _options.PermitLimit - busy,
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
                return permitCount == 0 ? NothingHeld : GrantNow();
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
            // Zero permits only checks whether a request could be sent now, so it never queues.
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
                return GrantNow();
            }

            var wait = _timeProvider.GetElapsedTime(now, EarliestGrant(_queue.Count, now));
            if (_queue.Count >= _options.QueueLimit)
            {
                return Reject(wait, $"{_queue.Count} requests are already waiting, the most allowed");
            }

            if (wait > _options.MaxQueueWait)
            {
                return Reject(wait, $"the wait for a send slot would be at least {wait.TotalSeconds:F1} s, more than the maximum of {_options.MaxQueueWait.TotalSeconds:F1} s");
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

        return await WaitAsync(waiter, cancellationToken).ConfigureAwait(false);
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

    private static void ThrowIfMoreThanOnePermit(int permitCount) =>
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, 1, nameof(permitCount));

    /// <summary>
    /// Waits for a queued request's grant. The cancellation and the MaxQueueWait deadline are set up
    /// outside the lock, because either may fire at once and take the lock. ConfigureAwait(false)
    /// lets a granted request go on to its send on the granting thread straight away.
    /// </summary>
    private async Task<RateLimitLease> WaitAsync(Waiter waiter, CancellationToken cancellationToken)
    {
        var registration = cancellationToken.UnsafeRegister(static state => ((Waiter)state!).Cancel(), waiter);
        await using (registration.ConfigureAwait(false))
        {
            var deadline = _timeProvider.CreateTimer(static state => ((Waiter)state!).Expire(), waiter, _options.MaxQueueWait, Timeout.InfiniteTimeSpan);
            await using (deadline.ConfigureAwait(false))
            {
                return await waiter.Task.ConfigureAwait(false);
            }
        }
    }

    private HeldLease GrantNow()
    {
        _inFlight++;
        _successfulLeases++;
        return new HeldLease(this);
    }

    private RejectedLease Reject(TimeSpan retryAfter, string reason)
    {
        _failedLeases++;
        return new RejectedLease(retryAfter, reason);
    }

    /// <summary>Frees a slot one window from now. A granted lease calls it once, when disposed.</summary>
    private void Release()
    {
        TimeSpan? due = null;
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            var now = _timeProvider.GetTimestamp();
            _inFlight--;
            _releases.Enqueue(now);
            _lastRelease = now;
            if (_queue.Count > 0)
            {
                due = DueOfNextGrant(now);
            }
        }

        if (due is { } dueTime)
        {
            Arm(dueTime);
        }
    }

    /// <summary>Grants waiting requests, in order, while slots are free. The timer calls it.</summary>
    private void GrantWaiting()
    {
        var granted = new List<(Waiter Waiter, RateLimitLease Lease)>();
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
                granted.Add((first.Value, GrantNow()));
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

        // Completed outside the lock, because each request continues on this thread straight into its send.
        foreach (var (waiter, lease) in granted)
        {
            if (!waiter.TrySetResult(lease))
            {
                lease.Dispose();
            }
        }
    }

    /// <summary>Removes a waiting request from the queue, or returns false when it has left the queue already.</summary>
    private bool TryDequeue(Waiter waiter, bool expired)
    {
        lock (_lock)
        {
            if (waiter.Node is null)
            {
                return false;
            }

            _queue.Remove(waiter.Node);
            waiter.Node = null;
            if (expired)
            {
                _failedLeases++;
            }

            return true;
        }
    }

    /// <summary>Stops the timer and fails every waiting request with a rejected lease.</summary>
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
            waiter.TrySetResult(new RejectedLease(null, "the rate limiter was disposed"));
        }
    }

    /// <summary>
    /// Returns when the first waiting request may be granted, rounded up to whole milliseconds so
    /// that the timer cannot spin on a slot that frees a fraction of a millisecond later. Null when
    /// every busy slot is in flight: the next release sets the timer.
    /// </summary>
    private TimeSpan? DueOfNextGrant(long now)
    {
        if (HasFreeSlot(now))
        {
            return TimeSpan.Zero;
        }

        if (_releases.Count == 0)
        {
            return null;
        }

        var due = _timeProvider.GetElapsedTime(now, _releases.Peek() + _windowTicks);
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
            // Disposed meanwhile, and Shutdown has failed every waiting request.
        }
    }

    private bool HasFreeSlot(long now) => Busy(now) < _options.PermitLimit;

    /// <summary>Returns the slots in flight or released less than one window ago.</summary>
    private int Busy(long now)
    {
        while (_releases.Count > 0 && now - _releases.Peek() >= _windowTicks)
        {
            _releases.Dequeue();
        }

        return _inFlight + _releases.Count;
    }

    /// <summary>
    /// Returns the earliest timestamp at which the request at a place in the queue (0 = first) can
    /// be granted, taking each request in flight as completed now, so it is a lower bound. A free
    /// slot is free now, a released one one window after its release, an in-flight one a window
    /// from now; each later use of a slot comes at least a window after the one before.
    /// </summary>
    private long EarliestGrant(int place, long now)
    {
        var limit = _options.PermitLimit;
        var unused = limit - Busy(now);
        var (windows, slot) = Math.DivRem(place, limit);
        var first = slot < unused ? now
            : slot < unused + _releases.Count ? _releases.ElementAt(slot - unused) + _windowTicks
            : now + _windowTicks;
        return first + windows * _windowTicks;
    }

    private sealed class Waiter(SlidingLogRateLimiter limiter, CancellationToken cancellationToken)
        : TaskCompletionSource<RateLimitLease>
    {
        public LinkedListNode<Waiter>? Node { get; set; }

        public void Cancel()
        {
            if (limiter.TryDequeue(this, expired: false))
            {
                TrySetCanceled(cancellationToken);
            }
        }

        public void Expire()
        {
            if (limiter.TryDequeue(this, expired: true))
            {
                TrySetResult(new RejectedLease(
                    limiter._options.MaxQueueWait,
                    $"no send slot became free within the maximum wait of {limiter._options.MaxQueueWait.TotalSeconds:F1} s"));
            }
        }
    }

    /// <summary>A granted permit; disposing it releases the slot, once.</summary>
    private sealed class HeldLease(SlidingLogRateLimiter? limiter) : RateLimitLease
    {
        private int _released;

        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && Interlocked.Exchange(ref _released, 1) == 0)
            {
                limiter?.Release();
            }

            base.Dispose(disposing);
        }
    }

    private sealed class RejectedLease(TimeSpan? retryAfter, string reason) : RateLimitLease
    {
        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames =>
            retryAfter is null ? [MetadataName.ReasonPhrase.Name] : [MetadataName.RetryAfter.Name, MetadataName.ReasonPhrase.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter
                : metadataName == MetadataName.ReasonPhrase.Name ? reason
                : null;
            return metadata is not null;
        }
    }
}
