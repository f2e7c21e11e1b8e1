namespace MtdIncomeTax.Hmrc.Api.Property;

public sealed record UkPropertyCumulative(UkPropertyIncome? Income = null, UkPropertyExpenses? Expenses = null);
