using System.Text.Json;
using System.Text.Json.Serialization;

namespace MtdIncomeTax.Hmrc.Api.Calculations;

/// <summary>The "calculation" object: the tax totals typed, its other thirty or so parts kept as JSON.</summary>
public sealed record CalculationDetail
{
    public TaxCalculation? TaxCalculation { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Other { get; init; }
}
