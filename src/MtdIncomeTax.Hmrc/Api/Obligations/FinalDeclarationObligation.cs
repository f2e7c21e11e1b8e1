using System.Text.Json.Serialization;

namespace MtdIncomeTax.Hmrc.Api.Obligations;

/// <summary>The final declaration of one tax year, due 31 January after the year ends.</summary>
public sealed record FinalDeclarationObligation(
    DateOnly PeriodStartDate,
    DateOnly PeriodEndDate,
    DateOnly DueDate,
    string Status,
    DateOnly? ReceivedDate = null)
{
    [JsonIgnore]
    public bool IsOpen => Status == "open";

    [JsonIgnore]
    public bool IsFulfilled => Status == "fulfilled";
}
