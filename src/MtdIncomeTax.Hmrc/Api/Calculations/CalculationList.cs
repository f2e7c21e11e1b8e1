namespace MtdIncomeTax.Hmrc.Api.Calculations;

/// <summary>Response of List Self Assessment Tax Calculations.</summary>
public sealed record CalculationList(IReadOnlyList<CalculationSummary> Calculations);
