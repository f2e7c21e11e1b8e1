namespace MtdIncomeTax.Hmrc.Api.BusinessDetails;

/// <summary>
/// Response of Business Details 2.0 Retrieve Business Details. HMRC requires software not to show the
/// first accounting period dates to users.
/// </summary>
public sealed record BusinessDetails(string BusinessId, string TypeOfBusiness)
{
    public string? TradingType { get; init; }

    public string? TradingName { get; init; }

    public string? YearOfMigration { get; init; }

    public DateOnly? FirstAccountingPeriodStartDate { get; init; }

    public DateOnly? FirstAccountingPeriodEndDate { get; init; }

    public LatencyDetails? LatencyDetails { get; init; }

    public QuarterlyTypeChoice? QuarterlyTypeChoice { get; init; }

    public IReadOnlyList<AccountingPeriod>? AccountingPeriods { get; init; }

    public DateOnly? CommencementDate { get; init; }

    public DateOnly? CessationDate { get; init; }

    public string? BusinessAddressLineOne { get; init; }

    public string? BusinessAddressLineTwo { get; init; }

    public string? BusinessAddressLineThree { get; init; }

    public string? BusinessAddressLineFour { get; init; }

    public string? BusinessAddressPostcode { get; init; }

    /// <summary>ISO 3166 alpha-2 country code, e.g. GB.</summary>
    public string? BusinessAddressCountryCode { get; init; }
}
