namespace MtdIncomeTax.Hmrc.Api.Property;

/// <summary>UK property income in pounds, 0 to 99999999999.99.</summary>
public sealed record UkPropertyIncome(
    decimal? PremiumsOfLeaseGrant = null,
    decimal? ReversePremiums = null,
    decimal? PeriodAmount = null,
    decimal? TaxDeducted = null,
    decimal? OtherIncome = null,
    RentARoomIncome? RentARoom = null);
