namespace MtdIncomeTax.Hmrc.FraudPrevention;

/// <summary>One screen of the person's device as the browser reports it: pixels, scaling factor and colour depth in bits.</summary>
public sealed record ClientScreen(int Width, int Height, decimal ScalingFactor, int ColourDepth);
