using System.Text.Json;
using System.Text.Json.Serialization;

namespace MtdIncomeTax.Hmrc.Api.Calculations;

/// <summary>The totals of a calculation, in pounds.</summary>
public sealed record TaxCalculation(IncomeTaxSummary IncomeTax, decimal TotalIncomeTaxAndNicsDue)
{
    public NicsSummary? Nics { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Other { get; init; }
}
