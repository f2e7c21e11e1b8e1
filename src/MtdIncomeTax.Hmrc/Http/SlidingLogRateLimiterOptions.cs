namespace MtdIncomeTax.Hmrc.Http;

/// <summary>
/// Settings of a <see cref="SlidingLogRateLimiter"/>: at most PermitLimit requests in any rolling
/// Window; at most QueueLimit requests waiting, none of them longer than MaxQueueWait.
/// </summary>
public sealed record SlidingLogRateLimiterOptions(int PermitLimit, TimeSpan Window, int QueueLimit, TimeSpan MaxQueueWait)
{
    public static SlidingLogRateLimiterOptions From(HmrcRateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new(options.PermitsPerWindow, options.Window, options.QueueLimit, options.MaxQueueWait);
    }
}
