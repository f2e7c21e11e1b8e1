using System.ComponentModel.DataAnnotations;

namespace MtdIncomeTax.Hmrc.Http;

/// <summary>
/// Retries and the overall time limit of HMRC API calls, bound to "Hmrc:Retry". Each send is
/// allowed Hmrc:ApiRequestTimeout, counted from when it leaves the rate limiter's queue.
/// </summary>
public sealed class HmrcRetryOptions
{
    public const string SectionName = "Hmrc:Retry";

    /// <summary>Retries after the first attempt; 0 turns retries off. Default 3.</summary>
    [Range(0, 10)]
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>
    /// Median wait before the first retry after a 5xx, a transport failure or a time-out. Each later
    /// retry waits about twice as long, with random jitter. Default 500 ms.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Maximum wait between two attempts, unless HMRC's Retry-After header requests longer. Default 10 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:05:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Wait before the first retry after a 429, doubling for each later one. HMRC expects clients to
    /// pause after a 429, so it is at least one second. A longer Retry-After wins. Default 1 second.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan ThrottledDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Time allowed for one call from start to end: the wait for a send slot, every attempt and the
    /// waits between them. Default 90 seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(90);
}
