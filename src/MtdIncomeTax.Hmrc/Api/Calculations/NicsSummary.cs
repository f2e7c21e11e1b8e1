using System.Text.Json;
using System.Text.Json.Serialization;

namespace MtdIncomeTax.Hmrc.Api.Calculations;

/// <summary>calculation.taxCalculation.nics: National Insurance contributions.</summary>
public sealed record NicsSummary
{
    public Class4NicsSummary? Class4Nics { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Other { get; init; }
}
