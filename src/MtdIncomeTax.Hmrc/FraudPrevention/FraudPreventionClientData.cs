using System.Net;

namespace MtdIncomeTax.Hmrc.FraudPrevention;

/// <summary>
/// What is known of the person and device behind an HMRC call. Null or empty members are values
/// that could not be collected; their headers are then left out, never sent empty.
/// </summary>
public sealed record FraudPreventionClientData
{
    public Guid? DeviceId { get; init; }

    /// <summary>navigator.userAgent as the browser's script reported it, not the User-Agent request header.</summary>
    public string? JsUserAgent { get; init; }

    public IReadOnlyList<ClientScreen> Screens { get; init; } = [];

    public int? WindowWidth { get; init; }

    public int? WindowHeight { get; init; }

    /// <summary>The device's offset from UTC in minutes at the time of collection, daylight saving included (UTC+01:00 is 60).</summary>
    public int? TimezoneOffsetMinutes { get; init; }

    /// <summary>The device's public IP address; null when it connected over a private network.</summary>
    public IPAddress? PublicIp { get; init; }

    /// <summary>The device's source TCP port on the connection that carried PublicIp.</summary>
    public int? PublicPort { get; init; }

    /// <summary>When PublicIp was read from the connection.</summary>
    public DateTimeOffset? PublicIpCapturedAt { get; init; }

    /// <summary>The person's identifiers in our product, as key and value, e.g. mtdincometax = their sign-in email.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> UserIds { get; init; } = [];

    public IReadOnlyList<MultiFactorEntry> MultiFactor { get; init; } = [];
}
