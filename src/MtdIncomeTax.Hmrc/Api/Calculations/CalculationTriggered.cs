namespace MtdIncomeTax.Hmrc.Api.Calculations;

public sealed record CalculationTriggered(CalculationId CalculationId);
