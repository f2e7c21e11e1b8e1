using System.Globalization;

namespace MtdIncomeTax.Web;

/// <summary>Formats values for pages the way GOV.UK services show them, in UK time.</summary>
public static class Display
{
    private static readonly CultureInfo EnglishUk = CultureInfo.GetCultureInfo("en-GB");
    private static readonly TimeZoneInfo UkTime = FindUkTimeZone();

    /// <summary>Europe/London, or UTC where the system has no time zone data.</summary>
    public static TimeZoneInfo UkTimeZone => UkTime;

    /// <summary>For example "4 December 2026 at 4:05pm".</summary>
    public static string DateTime(DateTimeOffset value)
    {
        var local = TimeZoneInfo.ConvertTime(value, UkTime);
        return local.ToString("d MMMM yyyy", EnglishUk) + " at " + local.ToString("h:mmtt", EnglishUk).ToLowerInvariant();
    }

    /// <summary>For example "4 June 2028".</summary>
    public static string Date(DateTimeOffset value) =>
        TimeZoneInfo.ConvertTime(value, UkTime).ToString("d MMMM yyyy", EnglishUk);

    /// <summary>For example "5 July 2026".</summary>
    public static string Date(DateOnly value) => value.ToString("d MMMM yyyy", EnglishUk);

    /// <summary>For example "£1,250.50", or "£0.00"; negative amounts as "−£20.00".</summary>
    public static string Money(decimal value) =>
        (value < 0 ? "−" : "") + "£" + Math.Abs(value).ToString("#,##0.00", EnglishUk);

    /// <summary>A NINO spaced as printed on letters, e.g. AA 12 34 56 A.</summary>
    public static string Nino(string? nino) =>
        nino is { Length: 9 } ? $"{nino[..2]} {nino[2..4]} {nino[4..6]} {nino[6..8]} {nino[8]}" : nino ?? "";

    public static string Scope(string scope) => scope switch
    {
        "read:self-assessment" => "View your Self Assessment information",
        "write:self-assessment" => "Change your Self Assessment information",
        _ => scope,
    };

    private static TimeZoneInfo FindUkTimeZone() =>
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/London", out var zone) ? zone : TimeZoneInfo.Utc;
}
