namespace MtdIncomeTax.Hmrc.Http;

/// <summary>What the support view shows of one HMRC API call; StatusCode is 0 when HMRC did not respond.</summary>
public sealed record HmrcCallRecord(
    Guid ConnectionId,
    DateTimeOffset OccurredAt,
    string Method,
    string Endpoint,
    int StatusCode,
    string? HmrcCode,
    string? CorrelationId,
    long DurationMs);
