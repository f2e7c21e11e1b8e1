using System.Text.Json.Serialization;

namespace MtdIncomeTax.Hmrc.Api.IndividualDetails;

/// <summary>
/// One ITSA status. Status is one of "No Status", "MTD Mandated", "MTD Voluntary", "Annual",
/// "Non Digital", "Digitally Exempt", "Dormant" or "MTD Exempt"; "Annual" means no quarterly updates.
/// </summary>
public sealed record ItsaStatusDetail(DateTimeOffset SubmittedOn, string Status, string StatusReason)
{
    public decimal? BusinessIncome2YearsPrior { get; init; }

    [JsonIgnore]
    public bool IsAnnual => Status == "Annual";
}
