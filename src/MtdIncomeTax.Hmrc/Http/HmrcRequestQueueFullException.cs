namespace MtdIncomeTax.Hmrc.Http;

/// <summary>
/// Thrown by <see cref="RateLimitingHandler"/> when a request is not sent because the wait for a
/// send slot would be too long or too many requests are waiting. The request never left this
/// process, so sending it again later is safe, even for a write.
/// </summary>
public sealed class HmrcRequestQueueFullException(string message, TimeSpan? retryAfter)
    : HttpRequestException(message)
{
    /// <summary>The limiter's estimate of the wait for a send slot, when it gave one.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
