namespace MtdIncomeTax.Hmrc.Api.Calculations;

/// <summary>One message, such as C22203 "Class 2 National Insurance has not been charged…".</summary>
public sealed record CalculationMessage(string Id, string Text);
