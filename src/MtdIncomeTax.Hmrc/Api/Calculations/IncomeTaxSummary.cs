using System.Text.Json;
using System.Text.Json.Serialization;

namespace MtdIncomeTax.Hmrc.Api.Calculations;

/// <summary>calculation.taxCalculation.incomeTax: income received, allowances, taxable income and the tax charged, in pounds.</summary>
public sealed record IncomeTaxSummary(
    decimal TotalIncomeReceivedFromAllSources,
    decimal TotalAllowancesAndDeductions,
    decimal TotalTaxableIncome,
    decimal IncomeTaxCharged)
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Other { get; init; }
}
