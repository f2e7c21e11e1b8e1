namespace MtdIncomeTax.Hmrc.Http;

/// <summary>
/// Settings of a <see cref="SlidingLogRateLimiter"/>: at most PermitLimit requests in any rolling
/// Window, and at most QueueLimit requests waiting, none of them longer than MaxQueueWait.
/// </summary>
public sealed record SlidingLogRateLimiterOptions(int PermitLimit, TimeSpan Window, int QueueLimit, TimeSpan MaxQueueWait)
{
    public static SlidingLogRateLimiterOptions From(HmrcRateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // HMRC counts an application's requests per second.
        return new(options.PermitsPerWindow, TimeSpan.FromSeconds(1), options.QueueLimit, options.MaxQueueWait);
    }
}
