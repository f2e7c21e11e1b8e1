namespace MtdIncomeTax.Hmrc.Api.BusinessDetails;

/// <summary>Response of Business Details 2.0 List All Businesses.</summary>
public sealed record BusinessList(IReadOnlyList<BusinessSummary> ListOfBusinesses);
