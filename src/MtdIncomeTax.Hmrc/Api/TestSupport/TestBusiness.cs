using MtdIncomeTax.Hmrc.Api.BusinessDetails;

namespace MtdIncomeTax.Hmrc.Api.TestSupport;

/// <summary>
/// A sandbox test business. A self-employment needs a trading name and an address with line one
/// and country code; a property business must have neither. AccountingType is CASH or ACCRUALS.
/// </summary>
public sealed record TestBusiness(string TypeOfBusiness)
{
    public string? TradingName { get; init; }

    public DateOnly? FirstAccountingPeriodStartDate { get; init; }

    public DateOnly? FirstAccountingPeriodEndDate { get; init; }

    public LatencyDetails? LatencyDetails { get; init; }

    public QuarterlyTypeChoice? QuarterlyTypeChoice { get; init; }

    public string? AccountingType { get; init; }

    public DateOnly? CommencementDate { get; init; }

    public DateOnly? CessationDate { get; init; }

    public string? BusinessAddressLineOne { get; init; }

    public string? BusinessAddressLineTwo { get; init; }

    public string? BusinessAddressLineThree { get; init; }

    public string? BusinessAddressLineFour { get; init; }

    public string? BusinessAddressPostcode { get; init; }

    public string? BusinessAddressCountryCode { get; init; }
}
