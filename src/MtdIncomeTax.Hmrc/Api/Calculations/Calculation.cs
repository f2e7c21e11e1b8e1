using System.Text.Json;
using System.Text.Json.Serialization;

namespace MtdIncomeTax.Hmrc.Api.Calculations;

/// <summary>
/// Response of Retrieve a Self Assessment Tax Calculation. The summary figures shown to a person are
/// typed; everything else stays as JSON so nothing is lost. Detail is absent when errors in
/// <see cref="Messages"/> stopped the calculation.
/// </summary>
public sealed record Calculation(CalculationMetadata Metadata)
{
    public JsonElement? Inputs { get; init; }

    /// <summary>The "calculation" object of HMRC's response.</summary>
    [JsonPropertyName("calculation")]
    public CalculationDetail? Detail { get; init; }

    public CalculationMessages? Messages { get; init; }

    /// <summary>Shortcut to calculation.taxCalculation, the totals of income tax and National Insurance.</summary>
    [JsonIgnore]
    public TaxCalculation? TaxCalculation => Detail?.TaxCalculation;

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Other { get; init; }
}
