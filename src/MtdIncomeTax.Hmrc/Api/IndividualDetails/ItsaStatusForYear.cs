namespace MtdIncomeTax.Hmrc.Api.IndividualDetails;

public sealed record ItsaStatusForYear(TaxYear TaxYear, IReadOnlyList<ItsaStatusDetail>? ItsaStatusDetails = null);
