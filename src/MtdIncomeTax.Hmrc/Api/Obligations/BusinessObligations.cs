namespace MtdIncomeTax.Hmrc.Api.Obligations;

/// <summary>The obligations of one business income source.</summary>
public sealed record BusinessObligations(
    string TypeOfBusiness,
    string BusinessId,
    IReadOnlyList<ObligationDetail> ObligationDetails);
