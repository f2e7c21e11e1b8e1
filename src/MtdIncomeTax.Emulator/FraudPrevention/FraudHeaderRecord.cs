namespace MtdIncomeTax.Emulator.FraudPrevention;

/// <summary>The header check of one API request the emulator received; the path has any NINO masked.</summary>
internal sealed record FraudHeaderRecord(
    DateTimeOffset ReceivedAt,
    string Api,
    string Method,
    string Path,
    int StatusCode,
    FraudHeaderReport Report);
