namespace MtdIncomeTax.Data.Stores.Support;

/// <summary>One recorded call to an HMRC API, by endpoint template.</summary>
public sealed record SupportApiCallEntry(
    DateTimeOffset OccurredAt,
    string Method,
    string Endpoint,
    int StatusCode,
    string? HmrcCode,
    string? CorrelationId,
    long DurationMs);
