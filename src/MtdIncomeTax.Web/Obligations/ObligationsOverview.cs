using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Hmrc.Api;
using MtdIncomeTax.Hmrc.Api.BusinessDetails;
using MtdIncomeTax.Web.Guidance;

namespace MtdIncomeTax.Web.Obligations;

/// <summary>The quarterly updates and the final declaration HMRC expects for one tax year.</summary>
public sealed record ObligationsOverview(
    TaxYear TaxYear,
    IReadOnlyList<BusinessObligationsView> Businesses,
    FinalDeclarationView? FinalDeclaration,
    HmrcGuidance? Error)
{
    /// <summary>HMRC's error behind <see cref="Error"/>, for pages that act on particular codes.</summary>
    public HmrcApiError? HmrcError { get; init; }
}

/// <summary>One business and its quarterly updates, oldest period first.</summary>
public sealed record BusinessObligationsView(BusinessSummary Business, IReadOnlyList<QuarterlyObligationView> Quarters)
{
    /// <summary>Whether MtdIncomeTax can send this business's quarterly updates.</summary>
    public bool UpdatesSupported => Updates.UpdateFieldCatalogue.Supports(Business.TypeOfBusiness);
}

/// <summary>
/// One quarterly update HMRC expects. From 2025-26 each covers the tax year to date, so its period
/// starts on 6 April. It can be sent from 10 days before the period ends, as HMRC allows. The
/// latest received one can be sent again with corrected figures: HMRC replaces the year-to-date
/// totals, but never with a period that ends earlier than the one it has.
/// </summary>
public sealed record QuarterlyObligationView(
    DateOnly PeriodStartDate,
    DateOnly PeriodEndDate,
    DateOnly DueDate,
    ObligationState State,
    DateOnly? ReceivedDate,
    DateOnly SendFrom,
    bool CanSend,
    bool CanCorrect = false);

/// <summary>The final declaration of the tax year.</summary>
public sealed record FinalDeclarationView(DateOnly PeriodStartDate, DateOnly PeriodEndDate, DateOnly DueDate, ObligationState State, DateOnly? ReceivedDate);
