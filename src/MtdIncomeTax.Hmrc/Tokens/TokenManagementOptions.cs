using System.ComponentModel.DataAnnotations;

namespace MtdIncomeTax.Hmrc.Tokens;

/// <summary>How access tokens are kept fresh, bound to the "Hmrc:Tokens" section.</summary>
public sealed class TokenManagementOptions
{
    /// <summary>Refresh when the access token expires within this time. Default 5 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RefreshBuffer { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long one instance may hold a grant's refresh lease. It must outlast a token request, so
    /// that a lease is only ever taken over from an instance that died. Default 1 minute.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:10:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Wall-clock interval at which an instance waiting for another's lease reads the grant again.
    /// A waiter gets the new token at most this long after it is stored. Default 25 ms.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:05")]
    public TimeSpan LeasePollInterval { get; set; } = TimeSpan.FromMilliseconds(25);

    /// <summary>
    /// After HMRC returns "refresh operation already in progress", how long to keep reading the grant
    /// for the new tokens another refresher is saving before the grant is given up. Default 3 seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan ConcurrentRefreshWait { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Wait before retrying after the first transient refresh failure; it doubles with each further failure. Default 5 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest wait between refresh retries. Default 5 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan MaxRetryBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long this instance reuses an access token it read, without reading the database again.
    /// A token replaced meanwhile by another instance costs one 401 and one replay. A disconnected
    /// connection's token stays in use here for at most this long. Default 30 seconds; zero turns
    /// the cache off.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Name of this app instance in refresh leases. Default: machine name plus a random suffix.</summary>
    [Required, MaxLength(100)]
    public string InstanceName { get; set; } = $"{Environment.MachineName}-{Guid.NewGuid():N}";
}
