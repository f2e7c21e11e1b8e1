using System.ComponentModel.DataAnnotations;

namespace MtdIncomeTax.Hmrc.Http;

/// <summary>
/// The application-wide limit on requests to HMRC's APIs, bound to "Hmrc:RateLimit". HMRC allows
/// an application 3 requests a second across all its instances and returns 429
/// MESSAGE_THROTTLED_OUT past that.
/// </summary>
public sealed class HmrcRateLimitOptions : IValidatableObject
{
    public const string SectionName = "Hmrc:RateLimit";

    /// <summary>Requests a second that HMRC allows the application, all instances together. Default 3.</summary>
    [Range(1, 1000)]
    public int RequestsPerSecond { get; set; } = 3;

    /// <summary>
    /// Number of app instances sharing the limit. Each instance sends at most
    /// RequestsPerSecond / InstanceCount requests in any second, rounded down, because the
    /// instances do not coordinate. Default 1.
    /// </summary>
    [Range(1, 1000)]
    public int InstanceCount { get; set; } = 1;

    /// <summary>Maximum number of requests waiting for a send slot. One more fails at once. Default 1,000.</summary>
    [Range(0, 100_000)]
    public int QueueLimit { get; set; } = 1000;

    /// <summary>
    /// Maximum wait for a send slot. A request that would wait longer, even if every request in
    /// flight completed now, fails at once with <see cref="HmrcRequestQueueFullException"/>, and
    /// one still waiting after this time fails then. Default 30 seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxQueueWait { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Requests of this instance that HMRC may count in any second.</summary>
    public int PermitsPerWindow => RequestsPerSecond / InstanceCount;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (InstanceCount > RequestsPerSecond)
        {
            yield return new ValidationResult(
                $"{SectionName}:{nameof(InstanceCount)} ({InstanceCount}) is more than {SectionName}:{nameof(RequestsPerSecond)} "
                + $"({RequestsPerSecond}), which leaves each instance less than one request a second. "
                + "Raise RequestsPerSecond to the limit HMRC gave the application, or run fewer instances.",
                [nameof(InstanceCount)]);
        }
    }
}
