namespace MtdIncomeTax.Emulator.Api.Calculations;

/// <summary>
/// Income Tax (England and Northern Ireland) and Class 4 National Insurance rates of a tax year,
/// as GOV.UK publishes them for 2025-26 and 2026-27.
/// </summary>
internal sealed record TaxRates(
    int PersonalAllowance,
    int PersonalAllowanceTaperThreshold,
    int BasicRateBand,
    int AdditionalRateThreshold,
    decimal BasicRate,
    decimal HigherRate,
    decimal AdditionalRate,
    int Class4LowerProfitsLimit,
    int Class4UpperProfitsLimit,
    decimal Class4MainRate,
    decimal Class4AdditionalRate)
{
    private static readonly TaxRates From2025 = new(
        PersonalAllowance: 12_570,
        PersonalAllowanceTaperThreshold: 100_000,
        BasicRateBand: 37_700,
        AdditionalRateThreshold: 125_140,
        BasicRate: 20,
        HigherRate: 40,
        AdditionalRate: 45,
        Class4LowerProfitsLimit: 12_570,
        Class4UpperProfitsLimit: 50_270,
        Class4MainRate: 6,
        Class4AdditionalRate: 2);

    /// <summary>Returns the rates of the tax year.</summary>
    // NOTE: rates after 2026-27 are not yet published; later years use the 2026-27 rates.
    public static TaxRates For(TaxYear taxYear) => From2025;
}
