namespace MtdIncomeTax.Emulator.TestSupport;

/// <summary>Body of POST /test-support/calculation-delay: the seconds a new calculation takes to be ready.</summary>
internal sealed record CalculationDelayRequest(double? Seconds);
