using MtdIncomeTax.Hmrc.Api;

namespace MtdIncomeTax.Web.Guidance;

/// <summary>The plain-English text a page shows for an HMRC error: what happened and what to do next.</summary>
public sealed record HmrcGuidance(string Title, string Message, string NextStep, bool OurFault, string? CorrelationId)
{
    private const string OurFaultTitle = "Something went wrong on our side";

    /// <summary>
    /// The guidance for an error. Codes that mean MtdIncomeTax built a wrong request are worded as
    /// our fault: the person did nothing wrong and cannot fix it by changing what they entered.
    /// </summary>
    public static HmrcGuidance For(HmrcApiError error, string taxYear = "")
    {
        var known = Find(error, taxYear);
        if (known is not null)
        {
            return known with { CorrelationId = error.CorrelationId };
        }

        if (IsOurFault(error))
        {
            return new HmrcGuidance(
                OurFaultTitle,
                "MtdIncomeTax sent HMRC a request that HMRC could not accept. This is a fault in MtdIncomeTax, not in anything you entered, and we have logged it.",
                "Nothing you entered has been lost. Try again later, or contact support and quote the reference below.",
                OurFault: true,
                error.CorrelationId);
        }

        return new HmrcGuidance(
            "HMRC gave an answer we did not expect",
            "HMRC did not accept the request and gave a reason MtdIncomeTax does not recognise.",
            "Nothing you entered has been lost. Try again later, or contact support and quote the reference below.",
            OurFault: false,
            error.CorrelationId);
    }

    /// <summary>
    /// Whether the error means a fault in a request MtdIncomeTax built. This is the client library's
    /// judgement plus two more cases: rules our form checks before sending, and an API version HMRC does not serve.
    /// </summary>
    public static bool IsOurFault(HmrcApiError error) =>
        error.IsOurFault
        || error.Code is "RULE_INCORRECT_OR_EMPTY_BODY_SUBMITTED" or "RULE_BOTH_EXPENSES_SUPPLIED"
            or "RULE_END_DATE_BEFORE_START_DATE" or "RULE_TAX_YEAR_RANGE_INVALID" or "NOT_FOUND";

    private static HmrcGuidance? Find(HmrcApiError error, string taxYear) => error.Code switch
    {
        HmrcApiError.OutcomeUnknown => new(
            "We do not know if HMRC received this",
            "MtdIncomeTax sent it, but HMRC's answer did not reach us, so HMRC may or may not have it.",
            "Do not send it again yet. Check with HMRC first: if HMRC has it, there is nothing more to do.",
            false, null),
        HmrcApiError.Unavailable or "SERVER_ERROR" or "INTERNAL_SERVER_ERROR" or "SERVICE_UNAVAILABLE" or "GATEWAY_TIMEOUT" => Unavailable(),
        "MESSAGE_THROTTLED_OUT" => new(
            "HMRC is busy",
            "HMRC is receiving more requests from MtdIncomeTax than it allows at once.",
            "Nothing you entered has been lost. Try again in a minute.",
            false, null),
        HmrcApiError.NoAccessToken or HmrcApiError.ReauthorisationRequired or "INVALID_CREDENTIALS" or "UNAUTHORIZED" => new(
            "Your connection to HMRC needs renewing",
            "MtdIncomeTax has no current access to HMRC for you.",
            "Connect to HMRC again, then come back to this page. Nothing you entered has been lost.",
            false, null),
        HmrcApiError.ApplicationMisconfigured => new(
            OurFaultTitle,
            "HMRC did not accept MtdIncomeTax's own credentials. This is a problem on our side, not with your account.",
            "Nothing you entered has been lost. Try again later.",
            true, null),
        "CLIENT_OR_AGENT_NOT_AUTHORISED" => new(
            "HMRC says you are not authorised for this",
            "HMRC says the HMRC account you connected is not authorised for this National Insurance number, or the number is not signed up to Making Tax Digital for Income Tax.",
            "Check your National Insurance number on your dashboard, or connect to HMRC again with the Government Gateway user ID your Self Assessment uses.",
            false, null),
        "RULE_EARLY_DATA_SUBMISSION_NOT_ACCEPTED" => new(
            "It is too early to send this update",
            "HMRC accepts an update from 10 days before the end of its period.",
            "Your figures are saved. Send the update once the period is within 10 days of ending.",
            false, null),
        "RULE_START_DATE_NOT_ALIGNED_WITH_REPORTING_TYPE" or "RULE_END_DATE_NOT_ALIGNED_WITH_REPORTING_TYPE" => new(
            "The period does not match your quarters",
            "HMRC has different quarter dates for this business (standard quarters end on the 5th, calendar quarters on the last day of the month).",
            "Your figures are saved. Go back to your dashboard and choose the period from the list of updates HMRC expects.",
            false, null),
        "RULE_START_DATE_NOT_ALIGNED_TO_COMMENCEMENT_DATE" => new(
            "The period does not start when the business started",
            "HMRC expects the first update of this business to start on the date the business started.",
            "Check the business's start date with HMRC. Your figures are saved.",
            false, null),
        "RULE_SUBMISSION_END_DATE_CANNOT_MOVE_BACKWARDS" => new(
            "HMRC already has a later update",
            "HMRC already has an update for this business covering a later period of the tax year. Updates are year-to-date totals, so an earlier period cannot replace it.",
            "Send your latest year-to-date totals for the latest period instead.",
            false, null),
        "RULE_MISSING_SUBMISSION_DATES" or "RULE_START_AND_END_DATE_NOT_ALLOWED" or "RULE_BUSINESS_INCOME_PERIOD_RESTRICTION" => new(
            "HMRC expects a different kind of update",
            "HMRC's records show this business reporting differently (for example annually, or as a new business in its first years).",
            "Check your Making Tax Digital status with HMRC. Your figures are saved.",
            false, null),
        "RULE_OUTSIDE_AMENDMENT_WINDOW" => new(
            "This tax year can no longer be changed",
            "The time HMRC allows for changes to this tax year has passed.",
            "Contact HMRC if you need to correct this tax year.",
            false, null),
        "RULE_TAX_YEAR_NOT_SUPPORTED" => new(
            "HMRC does not accept this for that tax year",
            $"HMRC does not accept this through Making Tax Digital for {(taxYear.Length == 0 ? "that tax year" : "the " + taxYear + " tax year")}.",
            "Check the tax year. Your figures are saved.",
            false, null),
        "RULE_INSOLVENT_TRADER" => new(
            "HMRC's records show this business as insolvent",
            "HMRC will not show obligations for a business it has recorded as insolvent.",
            "Contact HMRC if this is wrong.",
            false, null),
        "RULE_NO_INCOME_SUBMISSIONS_EXIST" => new(
            "HMRC has no updates for this tax year yet",
            "HMRC works out a calculation from the updates you have sent, and it has none for this tax year.",
            "Send a quarterly update first, then ask for a calculation.",
            false, null),
        "RULE_CALCULATION_IN_PROGRESS" or "RULE_FINAL_DECLARATION_IN_PROGRESS" => new(
            "HMRC is already working out a calculation",
            "HMRC has a calculation in progress for this tax year.",
            "Wait a minute, then try again.",
            false, null),
        "RULE_INCOME_SOURCES_INVALID" or "RULE_BUSINESS_VALIDATION_FAILURE" => new(
            "HMRC could not work out a calculation",
            "HMRC found a problem with the income sources or figures it holds for this tax year.",
            "Check the updates you have sent for each business, then try again. Contact HMRC if this keeps happening.",
            false, null),
        "RULE_FINAL_DECLARATION_RECEIVED" => new(
            "You have already made your final declaration",
            "HMRC already has the final declaration for this tax year.",
            "No further action is needed for this tax year.",
            false, null),
        "RULE_TAX_YEAR_NOT_ENDED" or "RULE_PREMATURE_FINALISATION" or "RULE_FINAL_DECLARATION_TAX_YEAR" => new(
            "The tax year has not ended yet",
            "HMRC accepts this only after the tax year ends on 5 April.",
            "Come back after the tax year ends.",
            false, null),
        "RULE_RECENT_SUBMISSIONS_EXIST" or "RULE_INCOME_SOURCES_CHANGED" or "RULE_RESIDENCY_CHANGED" => new(
            "Your figures have changed since this calculation",
            "HMRC has received newer information since this calculation was made.",
            "Ask for a new calculation.",
            false, null),
        _ => null,
    };

    private static HmrcGuidance Unavailable() => new(
        "HMRC is not available",
        "HMRC's service did not work as expected just now.",
        "Nothing you entered has been lost. Try again in a few minutes.",
        false, null);
}
