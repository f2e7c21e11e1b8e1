namespace MtdIncomeTax.Emulator.Api.Calculations;

/// <summary>The profit of one business in a calculation, from its cumulative totals.</summary>
internal sealed record BusinessProfit(
    string BusinessId,
    string TypeOfBusiness,
    string? Name,
    decimal TotalIncome,
    decimal TotalExpenses,
    DateOnly PeriodEnd,
    DateTimeOffset ReceivedAt)
{
    public decimal NetProfit => Math.Max(TotalIncome - TotalExpenses, 0);

    public decimal NetLoss => Math.Max(TotalExpenses - TotalIncome, 0);

    /// <summary>Taxable profit in whole pounds, rounded down as HMRC rounds income.</summary>
    public int TaxableProfit => (int)decimal.Floor(NetProfit);
}

/// <summary>An amount of income charged at one rate, and the tax or NICs on it.</summary>
internal sealed record ChargedBand(string Name, decimal Rate, int Limit, int Income, decimal Amount);

/// <summary>The figures of a calculation, worked out once when it is triggered.</summary>
internal sealed record TaxCalculationResult(
    IReadOnlyList<BusinessProfit> Businesses,
    int TotalIncome,
    int PersonalAllowance,
    int TaxableIncome,
    IReadOnlyList<ChargedBand> IncomeTaxBands,
    decimal IncomeTaxCharged,
    IReadOnlyList<ChargedBand> Class4Bands,
    decimal Class4Nics,
    bool HasSelfEmployment)
{
    public decimal TotalIncomeTaxAndNicsDue => IncomeTaxCharged + Class4Nics;
}
