namespace MtdIncomeTax.Hmrc.Api.SelfEmployment;

public sealed record StructuredBuildingAllowanceFirstYear(DateOnly QualifyingDate, decimal QualifyingAmountExpenditure);
