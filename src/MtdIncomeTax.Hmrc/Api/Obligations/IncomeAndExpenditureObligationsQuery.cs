namespace MtdIncomeTax.Hmrc.Api.Obligations;

/// <summary>
/// Filters for income and expenditure obligations; only the values given are sent. HMRC requires
/// TypeOfBusiness ("self-employment", "uk-property" or "foreign-property") when BusinessId is
/// given, both dates or neither, and at most 366 days between them.
/// </summary>
public sealed record IncomeAndExpenditureObligationsQuery(
    string? TypeOfBusiness = null,
    BusinessId? BusinessId = null,
    DateOnly? FromDate = null,
    DateOnly? ToDate = null,
    ObligationStatusFilter? Status = null);
