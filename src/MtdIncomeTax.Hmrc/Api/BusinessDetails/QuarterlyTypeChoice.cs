namespace MtdIncomeTax.Hmrc.Api.BusinessDetails;

/// <summary>The quarterly period type ("standard" or "calendar") chosen for a tax year.</summary>
public sealed record QuarterlyTypeChoice(string QuarterlyPeriodType, TaxYear TaxYearOfChoice);
