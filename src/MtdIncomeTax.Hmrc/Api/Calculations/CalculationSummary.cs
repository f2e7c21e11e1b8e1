namespace MtdIncomeTax.Hmrc.Api.Calculations;

/// <summary>
/// One listed calculation. CalculationType is kept as HMRC's string, because the list uses values
/// such as "final-declaration" that the retrieve endpoint spells differently. The fields after
/// CalculationType depend on the tax year: trigger, outcome and dates from 2023-24, the
/// declaration flags and total before.
/// </summary>
public sealed record CalculationSummary(CalculationId CalculationId, DateTimeOffset CalculationTimestamp, string CalculationType)
{
    /// <summary>attended, unattended, class2NICEvent, cesaSAReturn, newLossEvent or updatedLossEvent.</summary>
    public string? CalculationTrigger { get; init; }

    /// <summary>PROCESSED, ERROR or REJECTED.</summary>
    public string? CalculationOutcome { get; init; }

    public decimal? LiabilityAmount { get; init; }

    public DateOnly? FromDate { get; init; }

    public DateOnly? ToDate { get; init; }

    public string? RequestedBy { get; init; }

    public TaxYear? TaxYear { get; init; }

    public decimal? TotalIncomeTaxAndNicsDue { get; init; }

    public bool? IntentToSubmitFinalDeclaration { get; init; }

    public bool? FinalDeclaration { get; init; }

    public DateTimeOffset? FinalDeclarationTimestamp { get; init; }
}
