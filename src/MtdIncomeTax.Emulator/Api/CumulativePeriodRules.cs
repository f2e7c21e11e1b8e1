using MtdIncomeTax.Emulator.Api.Obligations;
using MtdIncomeTax.Emulator.State;

namespace MtdIncomeTax.Emulator.Api;

/// <summary>
/// The checks HMRC's back end makes on a cumulative period of a quarterly (standard quarters)
/// business, after the request itself is valid. They apply to the self-employment and UK
/// property summaries alike.
/// </summary>
internal static class CumulativePeriodRules
{
    /// <summary>HMRC refuses data sent more than this long before the period ends.</summary>
    private const int EarlySubmissionDays = 10;

    /// <summary>Returns the error code of the first rule the period breaks, or null.</summary>
    public static string? Check(TaxYear taxYear, DateOnly start, DateOnly end, DateOnly today, CumulativeSummary? previous)
    {
        if (start != taxYear.FirstDay)
        {
            return "RULE_START_DATE_NOT_ALIGNED_WITH_REPORTING_TYPE";
        }

        // NOTE: calendar quarters (ending on the last day of a month) are not emulated.
        if (!ObligationSchedule.QuarterEnds(taxYear).Contains(end))
        {
            return "RULE_END_DATE_NOT_ALIGNED_WITH_REPORTING_TYPE";
        }

        if (today < end.AddDays(-EarlySubmissionDays))
        {
            return "RULE_EARLY_DATA_SUBMISSION_NOT_ACCEPTED";
        }

        return previous is not null && end < previous.PeriodEnd
            ? "RULE_SUBMISSION_END_DATE_CANNOT_MOVE_BACKWARDS"
            : null;
    }

    /// <summary>The error scenarios both cumulative create-or-amend endpoints document.</summary>
    public static readonly string[] RuleScenarios =
    [
        "TAX_YEAR_NOT_SUPPORTED",
        "START_DATE_NOT_ALIGNED_TO_COMMENCEMENT_DATE",
        "END_DATE_NOT_ALIGNED_WITH_REPORTING_TYPE",
        "MISSING_SUBMISSION_DATES",
        "START_AND_END_DATE_NOT_ALLOWED",
        "EARLY_DATA_SUBMISSION_NOT_ACCEPTED",
        "OUTSIDE_AMENDMENT_WINDOW",
        "ADVANCE_SUBMISSION_REQUIRES_PERIOD_END_DATE",
        "SUBMISSION_END_DATE_CANNOT_MOVE_BACKWARDS",
        "START_DATE_NOT_ALIGNED_WITH_REPORTING_TYPE",
    ];
}
