using System.Text.Json;
using System.Text.Json.Serialization;

namespace MtdIncomeTax.Hmrc.Api.Calculations;

/// <summary>Class 4 National Insurance on self-employed profits; TotalAmount is the charge in pounds.</summary>
public sealed record Class4NicsSummary
{
    public decimal? TotalAmount { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Other { get; init; }
}
