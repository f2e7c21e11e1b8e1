namespace MtdIncomeTax.Data.Entities;

/// <summary>
/// A person's latest device and browser data for HMRC's fraud prevention headers, kept so that
/// work they start but do not wait for can still send their data. One row per person.
/// </summary>
public sealed class FraudPreventionData
{
    public Guid UserId { get; set; }

    /// <summary>The UUID in the browser's long-lived device cookie.</summary>
    public Guid DeviceId { get; set; }

    public string? JsUserAgent { get; set; }

    /// <summary>The browser's screens as a JSON array of width, height, scalingFactor and colourDepth.</summary>
    public string? ScreensJson { get; set; }

    public int? WindowWidth { get; set; }

    public int? WindowHeight { get; set; }

    /// <summary>Offset from UTC in minutes, daylight saving included, as the browser reported it.</summary>
    public int? TimezoneOffsetMinutes { get; set; }

    /// <summary>The device's public IP address, or null when it connected over a private network.</summary>
    public string? PublicIp { get; set; }

    public int? PublicPort { get; set; }

    public DateTimeOffset? PublicIpCapturedAt { get; set; }

    /// <summary>The name the person signs in with, such as their email address.</summary>
    public string? SignInName { get; set; }

    /// <summary>The second factors of the person's latest sign-in as a JSON array of type, timestamp and uniqueReference.</summary>
    public string? MultiFactorJson { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
