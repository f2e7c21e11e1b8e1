using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Web.FraudPrevention;

/// <summary>What the fraud prevention script on our pages reports about the browser and device.</summary>
public sealed record BrowserDataInput(
    string? UserAgent,
    IReadOnlyList<ScreenInput>? Screens,
    int? WindowWidth,
    int? WindowHeight,
    int? TimezoneOffsetMinutes)
{
    /// <summary>Largest width or height accepted, in pixels.</summary>
    public const int MaxPixels = 100_000;

    /// <summary>Offsets in use run from UTC-12:00 to UTC+14:00.</summary>
    private const int MinOffsetMinutes = -12 * 60;
    private const int MaxOffsetMinutes = 14 * 60;

    /// <summary>Returns what is wrong with the input, or nothing when it can be stored.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(UserAgent) || UserAgent.Length > FraudPreventionLimits.UserAgentLength)
        {
            errors.Add($"userAgent must be 1 to {FraudPreventionLimits.UserAgentLength} characters.");
        }

        if (Screens is null || Screens.Count is 0 or > FraudPreventionLimits.MaxScreens)
        {
            errors.Add($"screens must list 1 to {FraudPreventionLimits.MaxScreens} screens.");
        }
        else if (Screens.Any(screen => !screen.IsValid()))
        {
            errors.Add($"Each screen needs a width and height of 1 to {MaxPixels} pixels, a scaling factor above 0 and up to 20, and a colour depth of 1 to 64 bits.");
        }

        if (WindowWidth is not (> 0 and <= MaxPixels) || WindowHeight is not (> 0 and <= MaxPixels))
        {
            errors.Add($"windowWidth and windowHeight must be 1 to {MaxPixels} pixels.");
        }

        if (TimezoneOffsetMinutes is not (>= MinOffsetMinutes and <= MaxOffsetMinutes))
        {
            errors.Add($"timezoneOffsetMinutes must be from {MinOffsetMinutes} to {MaxOffsetMinutes}.");
        }

        return errors;
    }
}
