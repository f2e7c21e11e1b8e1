using System.Text.RegularExpressions;
using MtdIncomeTax.Emulator.Api.Validation;

namespace MtdIncomeTax.Emulator.Api.TestSupport;

/// <summary>The request bodies of Self Assessment Test Support 1.0, from its request schemas.</summary>
internal static partial class TestBusinessBodies
{
    public static readonly ObjectField CreateBusiness = new("", [
        new EnumField("typeOfBusiness", ["self-employment", "uk-property", "foreign-property", "property-unspecified"], "FORMAT_TYPE_OF_BUSINESS"),
        new TextField("tradingName", AnyText(), "RULE_INCORRECT_OR_EMPTY_BODY_SUBMITTED"),
        new DateField("firstAccountingPeriodStartDate", "FORMAT_DATE"),
        new DateField("firstAccountingPeriodEndDate", "FORMAT_DATE"),
        new ObjectField("latencyDetails", [
            new DateField("latencyEndDate", "FORMAT_DATE"),
            new TextField("taxYear1", TaxYearText(), "FORMAT_TAX_YEAR"),
            new EnumField("latencyIndicator1", ["A", "Q"], "FORMAT_LATENCY_INDICATOR"),
            new TextField("taxYear2", TaxYearText(), "FORMAT_TAX_YEAR"),
            new EnumField("latencyIndicator2", ["A", "Q"], "FORMAT_LATENCY_INDICATOR"),
        ], Required: ["latencyEndDate", "taxYear1", "latencyIndicator1", "taxYear2", "latencyIndicator2"]),
        new ObjectField("quarterlyTypeChoice", [
            new EnumField("quarterlyPeriodType", ["standard", "calendar"], "RULE_INCORRECT_OR_EMPTY_BODY_SUBMITTED"),
            new TextField("taxYearOfChoice", TaxYearText(), "FORMAT_TAX_YEAR"),
        ]),
        new EnumField("accountingType", ["CASH", "ACCRUALS"], "FORMAT_ACCOUNTING_TYPE"),
        new DateField("commencementDate", "FORMAT_DATE"),
        new DateField("cessationDate", "FORMAT_DATE"),
        new TextField("businessAddressLineOne", AddressLine(), "RULE_INCORRECT_OR_EMPTY_BODY_SUBMITTED"),
        new TextField("businessAddressLineTwo", AddressLine(), "RULE_INCORRECT_OR_EMPTY_BODY_SUBMITTED"),
        new TextField("businessAddressLineThree", AddressLine(), "RULE_INCORRECT_OR_EMPTY_BODY_SUBMITTED"),
        new TextField("businessAddressLineFour", AddressLine(), "RULE_INCORRECT_OR_EMPTY_BODY_SUBMITTED"),
        new TextField("businessAddressPostcode", AnyText(), "FORMAT_POSTCODE"),
        new TextField("businessAddressCountryCode", CountryCode(), "FORMAT_COUNTRY_CODE"),
    ], Required: ["typeOfBusiness"]);

    public static readonly ObjectField CreateItsaStatus = new("", [
        new ArrayField("itsaStatusDetails", new ObjectField("", [
            new TextField("submittedOn", Timestamp(), "FORMAT_SUBMITTED_ON"),
            new EnumField("status", [
                "No Status", "MTD Mandated", "MTD Voluntary", "Annual", "Non Digital", "Dormant", "MTD Exempt",
            ], "FORMAT_STATUS"),
            new EnumField("statusReason", [
                "Sign up - return available", "Sign up - no return available", "ITSA final declaration",
                "ITSA Q4 declaration", "CESA SA return", "Complex", "Ceased income source",
                "Reinstated income source", "Rollover", "Income Source Latency Changes", "MTD ITSA Opt-Out",
                "MTD ITSA Opt-In", "Digitally Exempt",
            ], "FORMAT_STATUS_REASON"),
            new MoneyField("businessIncome2YearsPrior", 0, MoneyField.Max),
        ], Required: ["submittedOn", "status", "statusReason"])),
    ], Required: ["itsaStatusDetails"]);

    [GeneratedRegex("^.{1,105}$")]
    private static partial Regex AnyText();

    [GeneratedRegex("^.{1,35}$")]
    private static partial Regex AddressLine();

    [GeneratedRegex("^2[0-9]{3}-[0-9]{2}$")]
    private static partial Regex TaxYearText();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryCode();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")]
    private static partial Regex Timestamp();
}
