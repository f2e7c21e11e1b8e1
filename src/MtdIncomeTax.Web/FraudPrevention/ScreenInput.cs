using MtdIncomeTax.Hmrc.FraudPrevention;

namespace MtdIncomeTax.Web.FraudPrevention;

/// <summary>One screen as the script reports it; ScalingFactor is the screen's devicePixelRatio.</summary>
public sealed record ScreenInput(int Width, int Height, decimal ScalingFactor, int ColourDepth)
{
    public bool IsValid() =>
        Width is > 0 and <= BrowserDataInput.MaxPixels
        && Height is > 0 and <= BrowserDataInput.MaxPixels
        && ScalingFactor is > 0 and <= 20
        && ColourDepth is > 0 and <= 64;

    public ClientScreen ToClientScreen() => new(Width, Height, decimal.Round(ScalingFactor, 4), ColourDepth);
}
