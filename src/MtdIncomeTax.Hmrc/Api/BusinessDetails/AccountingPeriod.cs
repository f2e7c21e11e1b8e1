namespace MtdIncomeTax.Hmrc.Api.BusinessDetails;

public sealed record AccountingPeriod(DateOnly Start, DateOnly End);
