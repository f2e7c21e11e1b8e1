using System.Text.Json.Serialization;

namespace MtdIncomeTax.Hmrc.Api.Obligations;

/// <summary>
/// One quarterly update obligation. From tax year 2025-26 the updates are cumulative, so every
/// period starts on 6 April. ReceivedDate is set once the obligation is fulfilled.
/// </summary>
public sealed record ObligationDetail(
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
