using System.Text.Json;
using System.Text.Json.Serialization;

namespace MtdIncomeTax.Hmrc.Api.Calculations;

/// <summary>HMRC's messages about a calculation; any error means the calculation has no results.</summary>
public sealed record CalculationMessages
{
    public IReadOnlyList<CalculationMessage>? Info { get; init; }

    public IReadOnlyList<CalculationMessage>? Warnings { get; init; }

    public IReadOnlyList<CalculationMessage>? Errors { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Other { get; init; }
}
