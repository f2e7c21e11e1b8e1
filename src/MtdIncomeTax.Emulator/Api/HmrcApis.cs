namespace MtdIncomeTax.Emulator.Api;

/// <summary>
/// The APIs the emulator serves, each with the error messages of its published specification
/// (the errors.yaml of each API's OpenAPI files on HMRC's GitHub).
/// </summary>
internal static class HmrcApis
{
    /// <summary>Messages shared by every API, used where an API's own list has no entry.</summary>
    public static readonly IReadOnlyDictionary<string, string> CommonMessages = new Dictionary<string, string>
    {
        ["FORMAT_NINO"] = "The NINO format is invalid",
        ["FORMAT_TAX_YEAR"] = "The provided tax year is invalid",
        ["RULE_TAX_YEAR_RANGE_INVALID"] = "A tax year range of one year is required",
        ["RULE_TAX_YEAR_NOT_SUPPORTED"] = "The tax year specified does not lie within the supported range",
        ["RULE_INCORRECT_OR_EMPTY_BODY_SUBMITTED"] = "An empty or non-matching body was submitted",
        ["RULE_INCORRECT_GOV_TEST_SCENARIO"] = "The supplied Gov-Test-Scenario is not valid",
        ["CLIENT_OR_AGENT_NOT_AUTHORISED"] = "The client or agent is not authorised",
        ["MATCHING_RESOURCE_NOT_FOUND"] = "Matching resource not found",
        ["FORMAT_VALUE"] = "The value must be between 0 and 99999999999.99",
    };

    public static readonly HmrcApi BusinessDetails = new("Business Details", ["2.0"], new Dictionary<string, string>
    {
        ["FORMAT_NINO"] = "The provided NINO is invalid",
        ["FORMAT_BUSINESS_ID"] = "The provided Business ID is invalid",
        ["NO_BUSINESS_FOUND"] = "No business found for given NINO and Business ID",
    });

    public static readonly HmrcApi Obligations = new("Obligations", ["3.0"], new Dictionary<string, string>
    {
        ["FORMAT_NINO"] = "The provided NINO is invalid",
        ["FORMAT_TAX_YEAR"] = "The provided tax year is invalid",
        ["FORMAT_TYPE_OF_BUSINESS"] = "The provided typeOfBusiness field is invalid",
        ["FORMAT_BUSINESS_ID"] = "The provided businessId is invalid",
        ["FORMAT_FROM_DATE"] = "The provided fromDate is invalid",
        ["FORMAT_TO_DATE"] = "The provided toDate is invalid",
        ["FORMAT_STATUS"] = "The provided status is invalid",
        ["MISSING_FROM_DATE"] = "The From date parameter is missing",
        ["MISSING_TO_DATE"] = "The To date parameter is missing",
        ["RANGE_TO_DATE_BEFORE_FROM_DATE"] = "The To date must be after the From date",
        ["MISSING_TYPE_OF_BUSINESS"] =
            "The type of business query parameter must be provided when an incomeSourceId is supplied",
        ["RULE_DATE_RANGE_INVALID"] = "The specified date range is invalid",
        ["RULE_FROM_DATE_NOT_SUPPORTED"] = "The specified From date is not supported as too early",
        ["RULE_INSOLVENT_TRADER"] = "The remote endpoint has indicated that the Trader is insolvent",
        ["NO_OBLIGATIONS_FOUND"] = "No obligations found using this filter",
    });

    public static readonly HmrcApi SelfEmploymentBusiness = new("Self-Employment Business", ["5.0"], new Dictionary<string, string>
    {
        ["FORMAT_BUSINESS_ID"] = "The Business ID format is invalid",
        ["FORMAT_TAX_YEAR"] = "The taxYear format is invalid",
        ["FORMAT_START_DATE"] = "The provided Start date is invalid",
        ["FORMAT_END_DATE"] = "The provided End date is invalid",
        ["FORMAT_STRING"] = "The supplied string format is not valid",
        ["FORMAT_DATE"] = "The supplied date format is not valid",
        ["FORMAT_CLASS_4_EXEMPTION_REASON"] =
            "The format of the supplied Class 4 National Insurance exemption reason is not valid",
        ["RULE_END_DATE_BEFORE_START_DATE"] = "The supplied accounting period end date is before the start date",
        ["RULE_BOTH_EXPENSES_SUPPLIED"] = "Both expenses and consolidatedExpenses can not be present at the same time",
        ["RULE_BOTH_ALLOWANCES_SUPPLIED"] =
            "Both allowances and trading allowances must not be present at the same time",
        ["RULE_BUILDING_NAME_NUMBER"] = "Postcode must be supplied along with at least one of name or number",
        ["RULE_ALLOWANCE_NOT_SUPPORTED"] =
            "One or more of supplied allowances (electricChargePointAllowance, zeroEmissionsCarAllowance, "
            + "structuredBuildingAllowance, enhancedStructuredBuildingAllowance) is not supported for the supplied tax year",
        ["RULE_WRONG_TPA_AMOUNT_SUBMITTED"] =
            "Transition profit acceleration value cannot be submitted without a transition profit value",
        ["RULE_EARLY_DATA_SUBMISSION_NOT_ACCEPTED"] = "Cannot submit data more than 10 days before end of Period",
        ["RULE_ADVANCE_SUBMISSION_REQUIRES_PERIOD_END_DATE"] = "For advance submission end date must be the end of the period",
        ["RULE_SUBMISSION_END_DATE_CANNOT_MOVE_BACKWARDS"] = "Submission end date cannot be earlier than existing submission",
        ["RULE_START_DATE_NOT_ALIGNED_WITH_REPORTING_TYPE"] = "Start date does not align to the reporting type",
        ["RULE_START_DATE_NOT_ALIGNED_TO_COMMENCEMENT_DATE"] = "Start date does not align to the commencement date",
        ["RULE_END_DATE_NOT_ALIGNED_WITH_REPORTING_TYPE"] = "End date does not align to the reporting type",
        ["RULE_MISSING_SUBMISSION_DATES"] = "Submission start/end date not provided",
        ["RULE_START_AND_END_DATE_NOT_ALLOWED"] = "Start/end date not accepted for annual/latent submission",
        ["RULE_OUTSIDE_AMENDMENT_WINDOW"] = "You are outside the amendment window",
    });

    public static readonly HmrcApi PropertyBusiness = new("Property Business", ["6.0"], new Dictionary<string, string>
    {
        ["FORMAT_BUSINESS_ID"] = "The provided Business ID is invalid",
        ["FORMAT_FROM_DATE"] = "The provided From date is invalid",
        ["FORMAT_TO_DATE"] = "The provided To date is invalid",
        ["RULE_TAX_YEAR_RANGE_INVALID"] = "Tax year range invalid. A tax year range of one year is required",
        ["RULE_TO_DATE_BEFORE_FROM_DATE"] = "The To date cannot be earlier than the From date",
        ["RULE_BOTH_EXPENSES_SUPPLIED"] = "Both Expenses and Consolidated Expenses must not be present at the same time",
        ["RULE_TYPE_OF_BUSINESS_INCORRECT"] = "The businessId is for a different type of business",
        ["RULE_EARLY_DATA_SUBMISSION_NOT_ACCEPTED"] = "Cannot submit data more than 10 days before end of period",
        ["RULE_ADVANCE_SUBMISSION_REQUIRES_PERIOD_END_DATE"] = "For advance submission, end date must be the end of the period",
        ["RULE_SUBMISSION_END_DATE_CANNOT_MOVE_BACKWARDS"] = "Submission end date cannot be earlier than existing submission",
        ["RULE_START_DATE_NOT_ALIGNED_WITH_REPORTING_TYPE"] = "Start date does not align with the reporting type",
        ["RULE_START_DATE_NOT_ALIGNED_TO_COMMENCEMENT_DATE"] = "Start date does not align with the commencement date",
        ["RULE_END_DATE_NOT_ALIGNED_WITH_REPORTING_TYPE"] = "End date does not align with the reporting type",
        ["RULE_MISSING_SUBMISSION_DATES"] = "Submission start/end date not provided",
        ["RULE_START_AND_END_DATE_NOT_ALLOWED"] = "Start/end date not accepted for annual/latent submission",
        ["RULE_OUTSIDE_AMENDMENT_WINDOW"] = "You are outside the amendment window",
        ["CLIENT_OR_AGENT_NOT_AUTHORISED"] = "The client and/or agent is not authorised",
    });

    /// <summary>Individual Calculations: 8.0 and 9.0 differ only in the def4 retrieve response.</summary>
    public static readonly HmrcApi IndividualCalculations = new("Individual Calculations", ["8.0", "9.0"], new Dictionary<string, string>
    {
        ["FORMAT_NINO"] = "The provided NINO is invalid",
        ["FORMAT_TAX_YEAR"] = "The provided tax year is invalid",
        ["FORMAT_CALCULATION_TYPE"] = "The provided calculation type is not valid",
        ["FORMAT_CALCULATION_ID"] = "The provided calculationId is invalid",
        ["RULE_TAX_YEAR_RANGE_INVALID"] = "Tax year range invalid. A tax year range of one year is required",
        ["RULE_OUTSIDE_AMENDMENT_WINDOW"] = "You are outside the amendment window",
        ["RULE_NO_INCOME_SUBMISSIONS_EXIST"] = "No income submissions exist for the tax year",
        ["RULE_FINAL_DECLARATION_RECEIVED"] = "Final declaration has already been received",
        ["RULE_INCOME_SOURCES_CHANGED"] = "Income sources data has changed. Trigger a new calculation",
        ["RULE_RECENT_SUBMISSIONS_EXIST"] = "More recent submissions exist. Trigger a new calculation",
        ["RULE_RESIDENCY_CHANGED"] = "Residency has changed. Trigger a new calculation",
        ["RULE_INCOME_SOURCES_INVALID"] = "No valid income sources could be found",
        ["RULE_SUBMISSION_FAILED"] = "The submission cannot be completed due to validation failures",
        ["RULE_FINAL_DECLARATION_TAX_YEAR"] =
            "The final declaration cannot be submitted until after the end of the tax year",
        ["RULE_FINAL_DECLARATION_IN_PROGRESS"] = "There is a calculation in progress for the tax year",
        ["RULE_TAX_YEAR_NOT_ENDED"] = "The specified tax year has not yet ended",
        ["RULE_CALCULATION_IN_PROGRESS"] = "A calculation is in progress. Please wait before triggering a new calculation",
        ["RULE_BUSINESS_VALIDATION_FAILURE"] = "Business validation rule failures",
        ["RULE_CALCULATION_TYPE_NOT_ALLOWED"] = "The provided calculation type is not applicable for this tax year",
        ["RULE_DECLARATION_NOT_RECEIVED"] = "The final declaration has not been received",
        ["RULE_PREMATURE_FINALISATION"] = "Finalisation cannot occur until after the end of the tax year",
        ["CLIENT_OR_AGENT_NOT_AUTHORISED"] = "The client and/or agent is not authorised",
    })
    {
        // HMRC lets only main agents view calculations and make the final declaration.
        SupportingAgentsAllowed = false,
    };

    // NOTE: no copy of this API's specification was at hand. The codes follow HMRC's published
    // endpoint list, but the FORMAT_FUTURE_YEARS, FORMAT_HISTORY and CLIENT_NOT_MTD_ENROLLED
    // messages are written here and may differ from HMRC's.
    public static readonly HmrcApi IndividualDetails = new("Self Assessment Individual Details", ["2.0"], new Dictionary<string, string>
    {
        ["FORMAT_FUTURE_YEARS"] = "The provided futureYears value is invalid",
        ["FORMAT_HISTORY"] = "The provided history value is invalid",
        ["CLIENT_NOT_MTD_ENROLLED"] = "The client is not enrolled for Making Tax Digital for Income Tax",
    });

    // NOTE: whether HMRC lets supporting agents call Test Support is not checked; the emulator lets them.
    public static readonly HmrcApi SelfAssessmentTestSupport = new("Self Assessment Test Support", ["1.0"], new Dictionary<string, string>
    {
        ["FORMAT_NINO"] = "The provided NINO is invalid",
        ["FORMAT_TYPE_OF_BUSINESS"] = "The provided typeOfBusiness field is invalid",
        ["FORMAT_BUSINESS_ID"] = "The provided Business ID is invalid",
        ["FORMAT_DATE"] = "The supplied date format is not valid",
        ["FORMAT_ACCOUNTING_TYPE"] = "The provided accountingType field is invalid",
        ["FORMAT_LATENCY_INDICATOR"] = "The format of a latency indicator field is incorrect",
        ["FORMAT_POSTCODE"] = "The provided businessAddressPostcode is invalid",
        ["FORMAT_COUNTRY_CODE"] = "The provided country code is invalid",
        ["FORMAT_STATUS"] = "The provided status is invalid",
        ["FORMAT_STATUS_REASON"] = "The provided status reason is invalid",
        ["FORMAT_BUSINESS_INCOME_2_YEARS_PRIOR"] = "The provided business Income 2 Years Prior is invalid",
        ["FORMAT_SUBMITTED_ON"] = "The provided submitted on date is invalid",
        ["DUPLICATE_SUBMITTED_ON"] = "The provided submittedOn values are not unique",
        ["RULE_TAX_YEAR_RANGE_INVALID"] = "The tax year range is invalid",
        ["RULE_COMMENCEMENT_DATE_NOT_SUPPORTED"] = "The specified commencementDate must be in the past",
        ["RULE_PROPERTY_BUSINESS_ADDED"] = "The provided property business is already added",
        ["RULE_UNEXPECTED_BUSINESS_ADDRESS"] = "Unexpected businessAddress provided for property business",
        ["RULE_MISSING_BUSINESS_ADDRESS"] = "businessAddress not provided for the self-employment business",
        ["RULE_UNEXPECTED_TRADING_NAME"] = "Unexpected tradingName provided for property business",
        ["RULE_MISSING_TRADING_NAME"] = "tradingName not provided for the self-employment business",
        ["CLIENT_OR_AGENT_NOT_AUTHORISED"] = "The client and/or agent is not authorised",
    });

    public static readonly HmrcApi CreateTestUser =
        new("Create Test User", ["1.0"], new Dictionary<string, string>()) { RecordsFraudHeaders = false };
}
