namespace MtdIncomeTax.Hmrc.Api.Property;

/// <summary>A stored UK property cumulative summary, with the time HMRC received it.</summary>
public sealed record UkPropertyCumulativeSummaryResponse(
    DateTimeOffset SubmittedOn,
    DateOnly FromDate,
    DateOnly ToDate,
    UkPropertyCumulative UkProperty);
