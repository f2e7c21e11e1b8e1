using MtdIncomeTax.Hmrc.Api.Calculations;

namespace MtdIncomeTax.Web.Calculations;

/// <summary>The summary figures of an HMRC tax calculation shown on its page, and HMRC's messages about it.</summary>
public sealed record CalculationResult(
    string CalculationId,
    string TaxYear,
    DateTimeOffset? CalculatedAt,
    DateOnly? PeriodFrom,
    DateOnly? PeriodTo,
    decimal? TotalIncome,
    decimal? AllowancesAndDeductions,
    decimal? TaxableIncome,
    decimal? IncomeTax,
    decimal? Class4Nics,
    decimal? TotalDue,
    IReadOnlyList<string> Errors,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> Information)
{
    /// <summary>Whether there are figures to show. HMRC returns none when its checks found errors in its data.</summary>
    public bool HasFigures => TotalDue is not null && Errors.Count == 0;

    public static CalculationResult From(Calculation calculation)
    {
        var tax = calculation.TaxCalculation;
        var messages = calculation.Messages;

        return new CalculationResult(
            calculation.Metadata.CalculationId.Value,
            calculation.Metadata.TaxYear.Value,
            calculation.Metadata.CalculationTimestamp,
            calculation.Metadata.PeriodFrom,
            calculation.Metadata.PeriodTo,
            tax?.IncomeTax.TotalIncomeReceivedFromAllSources,
            tax?.IncomeTax.TotalAllowancesAndDeductions,
            tax?.IncomeTax.TotalTaxableIncome,
            tax?.IncomeTax.IncomeTaxCharged,
            tax?.Nics?.Class4Nics?.TotalAmount,
            tax?.TotalIncomeTaxAndNicsDue,
            Texts(messages?.Errors),
            Texts(messages?.Warnings),
            Texts(messages?.Info));
    }

    private static List<string> Texts(IReadOnlyList<CalculationMessage>? messages) =>
        messages?.Select(message => message.Text).ToList() ?? [];
}
