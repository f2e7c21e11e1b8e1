using MtdIncomeTax.Hmrc.Api.IndividualDetails;

namespace MtdIncomeTax.Hmrc.Api.TestSupport;

/// <summary>Body of Create and Amend Test ITSA Status: the status history of one tax year.</summary>
public sealed record TestItsaStatus(IReadOnlyList<ItsaStatusDetail> ItsaStatusDetails);
