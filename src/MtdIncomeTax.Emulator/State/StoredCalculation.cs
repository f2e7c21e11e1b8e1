using MtdIncomeTax.Emulator.Api;
using MtdIncomeTax.Emulator.Api.Calculations;

namespace MtdIncomeTax.Emulator.State;

/// <summary>A triggered calculation: its figures, worked out when it was triggered, and when it is ready.</summary>
internal sealed record StoredCalculation(
    string CalculationId,
    TaxYear TaxYear,
    string CalculationType,
    DateTimeOffset RequestedAt,
    DateTimeOffset ReadyAt,
    TaxCalculationResult Result)
{
    /// <summary>Set when this calculation is the one a final declaration or amendment confirmed.</summary>
    public DateTimeOffset? DeclaredAt { get; set; }

    public bool IsReady(DateTimeOffset now) => now >= ReadyAt;
}
