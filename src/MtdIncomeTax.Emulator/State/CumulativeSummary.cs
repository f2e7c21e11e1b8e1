using System.Text.Json;
using MtdIncomeTax.Emulator.Api;

namespace MtdIncomeTax.Emulator.State;

/// <summary>
/// The latest cumulative period summary of one business and tax year, as submitted, with the
/// period end and day received of every submission so far, from which obligations are fulfilled.
/// </summary>
internal sealed record CumulativeSummary(
    string BusinessId,
    string TypeOfBusiness,
    TaxYear TaxYear,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    JsonElement Body,
    DateTimeOffset SubmittedAt,
    IReadOnlyList<(DateOnly PeriodEnd, DateOnly Received)> History)
{
    /// <summary>Returns the day the first submission reaching the quarter end was received, or null.</summary>
    public DateOnly? ReceivedFor(DateOnly quarterEnd) =>
        History.Where(entry => entry.PeriodEnd >= quarterEnd).Select(entry => (DateOnly?)entry.Received).FirstOrDefault();
}
