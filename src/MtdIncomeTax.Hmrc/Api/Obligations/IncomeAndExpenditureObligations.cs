namespace MtdIncomeTax.Hmrc.Api.Obligations;

/// <summary>Response of Obligations 3.0 Retrieve Income and Expenditure Obligations.</summary>
public sealed record IncomeAndExpenditureObligations(IReadOnlyList<BusinessObligations> Obligations);
