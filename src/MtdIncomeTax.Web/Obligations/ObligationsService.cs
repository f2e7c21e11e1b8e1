using System.Net;
using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Hmrc.Api;
using MtdIncomeTax.Hmrc.Api.BusinessDetails;
using MtdIncomeTax.Hmrc.Api.Obligations;
using MtdIncomeTax.Web.Guidance;
using MtdIncomeTax.Web.Updates;

namespace MtdIncomeTax.Web.Obligations;

/// <summary>Reads from HMRC the quarterly and final declaration obligations of one tax year.</summary>
public sealed class ObligationsService(ObligationsClient obligations, TimeProvider timeProvider, ILogger<ObligationsService> logger)
{
    /// <summary>HMRC accepts a cumulative update from this many days before its period ends.</summary>
    public const int DaysBeforePeriodEnd = 10;

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), Display.UkTimeZone).DateTime);

    public async Task<ObligationsOverview> ReadAsync(
        Guid connectionId, Nino nino, TaxYear taxYear, IReadOnlyList<BusinessSummary> businesses, CancellationToken cancellationToken)
    {
        var query = new IncomeAndExpenditureObligationsQuery(FromDate: taxYear.FirstDay, ToDate: taxYear.LastDay);
        var quarterly = await obligations.RetrieveIncomeAndExpenditureObligationsAsync(connectionId, nino, query, cancellationToken);
        var final = await obligations.RetrieveFinalDeclarationObligationsAsync(connectionId, nino, taxYear, null, cancellationToken);

        var error = ErrorOf(connectionId, quarterly.Error) ?? ErrorOf(connectionId, final.Error);
        var found = quarterly.Succeeded ? quarterly.Value.Obligations : [];
        var today = Today;

        var views = businesses
            .Select(business => new BusinessObligationsView(
                business,
                WithLatestCorrectable(found.Where(item => item.BusinessId == business.BusinessId)
                    .SelectMany(item => item.ObligationDetails)
                    .OrderBy(detail => detail.PeriodEndDate)
                    .Select(detail => Quarter(detail, business, today))
                    .ToList())))
            .ToList();

        var declaration = final.Succeeded
            ? final.Value.Obligations
                .Where(item => item.PeriodStartDate == taxYear.FirstDay)
                .Select(item => new FinalDeclarationView(
                    item.PeriodStartDate, item.PeriodEndDate, item.DueDate, StateOf(item.Status, item.DueDate, today), item.ReceivedDate))
                .FirstOrDefault()
            : null;

        return new ObligationsOverview(taxYear, views, declaration, error is null ? null : HmrcGuidance.For(error, taxYear.Value))
        {
            HmrcError = error,
        };
    }

    /// <summary>Finds the open or fulfilled quarterly obligation of a business that ends on the given date.</summary>
    public async Task<(ObligationDetail? Obligation, HmrcApiError? Error)> FindQuarterAsync(
        Guid connectionId, Nino nino, BusinessSummary business, DateOnly periodEndDate, CancellationToken cancellationToken)
    {
        var taxYear = TaxYear.Containing(periodEndDate);
        var query = new IncomeAndExpenditureObligationsQuery(
            TypeOfBusiness: business.TypeOfBusiness,
            BusinessId: BusinessId.Parse(business.BusinessId),
            FromDate: taxYear.FirstDay,
            ToDate: taxYear.LastDay);
        var result = await obligations.RetrieveIncomeAndExpenditureObligationsAsync(connectionId, nino, query, cancellationToken);
        if (!result.Succeeded)
        {
            return IsNothingFound(result.Error) ? (null, null) : (null, result.Error);
        }

        var obligation = result.Value.Obligations
            .Where(item => item.BusinessId == business.BusinessId)
            .SelectMany(item => item.ObligationDetails)
            .FirstOrDefault(detail => detail.PeriodEndDate == periodEndDate);

        return (obligation, null);
    }

    private static QuarterlyObligationView Quarter(ObligationDetail detail, BusinessSummary business, DateOnly today)
    {
        var sendFrom = detail.PeriodEndDate.AddDays(-DaysBeforePeriodEnd);
        var state = StateOf(detail.Status, detail.DueDate, today);
        var canSend = state != ObligationState.Fulfilled && today >= sendFrom && UpdateFieldCatalogue.Supports(business.TypeOfBusiness);

        return new QuarterlyObligationView(detail.PeriodStartDate, detail.PeriodEndDate, detail.DueDate, state, detail.ReceivedDate, sendFrom, canSend);
    }

    // Only the latest received quarter can be corrected, and only when no later quarter has been sent.
    private static List<QuarterlyObligationView> WithLatestCorrectable(List<QuarterlyObligationView> quarters)
    {
        var latest = quarters.FindLastIndex(quarter => quarter.State == ObligationState.Fulfilled);
        if (latest >= 0)
        {
            quarters[latest] = quarters[latest] with { CanCorrect = true };
        }

        return quarters;
    }

    private static ObligationState StateOf(string status, DateOnly dueDate, DateOnly today) =>
        status == "fulfilled" ? ObligationState.Fulfilled
        : dueDate < today ? ObligationState.Overdue
        : ObligationState.Open;

    private HmrcApiError? ErrorOf(Guid connectionId, HmrcApiError? error)
    {
        if (error is null || IsNothingFound(error))
        {
            return null;
        }

        if (HmrcGuidance.IsOurFault(error))
        {
            logger.ObligationsRequestFault(connectionId, (int)error.StatusCode, error.Code, error.CorrelationId);
        }
        else
        {
            logger.ObligationsUnavailable(connectionId, (int)error.StatusCode, error.Code, error.CorrelationId);
        }

        return error;
    }

    // HMRC returns 404 NO_OBLIGATIONS_FOUND when nothing matches, which the page shows as "none".
    private static bool IsNothingFound(HmrcApiError error) =>
        error.StatusCode == HttpStatusCode.NotFound && error.Code == "NO_OBLIGATIONS_FOUND";
}
