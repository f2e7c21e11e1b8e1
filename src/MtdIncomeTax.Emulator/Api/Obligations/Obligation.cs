namespace MtdIncomeTax.Emulator.Api.Obligations;

/// <summary>One obligation period; ReceivedDate is set once it is fulfilled.</summary>
internal sealed record Obligation(DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly DueDate, DateOnly? ReceivedDate)
{
    public string Status => ReceivedDate is null ? "open" : "fulfilled";

    public bool Overlaps(DateOnly from, DateOnly to) => PeriodStart <= to && PeriodEnd >= from;
}
