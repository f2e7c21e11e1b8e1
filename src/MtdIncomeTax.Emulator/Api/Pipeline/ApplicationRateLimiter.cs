using Microsoft.Extensions.Options;
using MtdIncomeTax.Emulator.Configuration;

namespace MtdIncomeTax.Emulator.Api.Pipeline;

/// <summary>
/// HMRC's per-application rate limit: at most RequestsPerSecond API requests in any rolling
/// one-second window per client id. Each admitted request's timestamp is kept, so the window is
/// exact: a request is admitted when fewer than the limit were admitted in the second before it.
/// Rejected requests do not count against the window.
/// </summary>
internal sealed class ApplicationRateLimiter(TimeProvider timeProvider, IOptions<EmulatorOptions> options)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Queue<long>> _admitted = new(StringComparer.Ordinal);
    private long _throttled;

    public int RequestsPerSecond => options.Value.RateLimit.RequestsPerSecond;

    /// <summary>Number of requests rejected with 429 since the start or the last reset.</summary>
    public long ThrottledCount => Interlocked.Read(ref _throttled);

    /// <summary>Admits the request and returns true, or counts it as throttled and returns false.</summary>
    public bool TryAdmit(string clientId)
    {
        var now = timeProvider.GetTimestamp();
        lock (_lock)
        {
            if (!_admitted.TryGetValue(clientId, out var timestamps))
            {
                timestamps = new Queue<long>();
                _admitted[clientId] = timestamps;
            }

            while (timestamps.Count > 0 && timeProvider.GetElapsedTime(timestamps.Peek(), now) >= Window)
            {
                timestamps.Dequeue();
            }

            if (timestamps.Count >= RequestsPerSecond)
            {
                _throttled++;
                return false;
            }

            timestamps.Enqueue(now);
            return true;
        }
    }

    /// <summary>Forgets every admitted request and sets the throttled count to zero.</summary>
    public void Reset()
    {
        lock (_lock)
        {
            _admitted.Clear();
            _throttled = 0;
        }
    }
}
