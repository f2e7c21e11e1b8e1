using Microsoft.Extensions.Options;
using MtdIncomeTax.Emulator.Configuration;

namespace MtdIncomeTax.Emulator.Api.Calculations;

/// <summary>
/// How long a triggered calculation runs before Retrieve returns it: Emulator:CalculationDelay,
/// which test support may change while the emulator runs.
/// </summary>
internal sealed class CalculationTiming(IOptions<EmulatorOptions> options)
{
    private long _delayTicks = options.Value.CalculationDelay.Ticks;

    public TimeSpan Delay
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _delayTicks));
        set => Interlocked.Exchange(ref _delayTicks, value.Ticks);
    }
}
