namespace MtdIncomeTax.Hmrc.Api.Obligations;

/// <summary>The final declaration of one tax year, due 31 January after the year ends.</summary>
public sealed record FinalDeclarationObligation(
    DateOnly PeriodStartDate,
    DateOnly PeriodEndDate,
    DateOnly DueDate,
    string Status,
    DateOnly? ReceivedDate = null)
{
    public bool IsOpen => Status == "open";

    public bool IsFulfilled => Status == "fulfilled";
}
