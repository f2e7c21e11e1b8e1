namespace MtdIncomeTax.Hmrc.Api.SelfEmployment;

public sealed record PeriodDates(DateOnly PeriodStartDate, DateOnly PeriodEndDate);
