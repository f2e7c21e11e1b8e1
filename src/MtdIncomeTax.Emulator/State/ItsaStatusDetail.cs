namespace MtdIncomeTax.Emulator.State;

/// <summary>One ITSA status record of a tax year, as Individual Details returns it.</summary>
internal sealed record ItsaStatusDetail(
    DateTimeOffset SubmittedOn,
    string Status,
    string StatusReason,
    decimal? BusinessIncome2YearsPrior);
