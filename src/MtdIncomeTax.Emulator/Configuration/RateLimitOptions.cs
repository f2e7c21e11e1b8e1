namespace MtdIncomeTax.Emulator.Configuration;

/// <summary>The emulator's per-application rate limit, bound to Emulator:RateLimit.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Income Tax API requests allowed per client id in any rolling second. Default 3, HMRC's limit.</summary>
    public int RequestsPerSecond { get; set; } = 3;
}
