namespace MtdIncomeTax.Hmrc.Api.IndividualDetails;

/// <summary>Response of Retrieve a Person's ITSA Status: one entry per tax year asked for.</summary>
public sealed record ItsaStatusResponse(IReadOnlyList<ItsaStatusForYear> ItsaStatuses);
