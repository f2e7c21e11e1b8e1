namespace MtdIncomeTax.Hmrc.Api.BusinessDetails;

/// <summary>
/// A new income source's latency: for its first two tax years it may report annually ("A")
/// instead of quarterly ("Q"), until LatencyEndDate.
/// </summary>
public sealed record LatencyDetails(
    DateOnly LatencyEndDate,
    TaxYear TaxYear1,
    string LatencyIndicator1,
    TaxYear TaxYear2,
    string LatencyIndicator2);
