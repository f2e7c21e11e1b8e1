namespace MtdIncomeTax.Hmrc.Api.Property;

/// <summary>
/// A UK property business's cumulative totals from the start of the tax year. The dates are left
/// out only for an annual ITSA status or a latent income source.
/// </summary>
public sealed record UkPropertyCumulativeSummary(DateOnly? FromDate, DateOnly? ToDate, UkPropertyCumulative UkProperty);
