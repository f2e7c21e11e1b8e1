namespace MtdIncomeTax.Data.Entities;

/// <summary>A record of one call to an HMRC API for the support view: the endpoint template, never the path or a token.</summary>
public sealed class HmrcApiCall
{
    public Guid Id { get; set; }

    public Guid ConnectionId { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public required string Method { get; set; }

    /// <summary>Path template such as /individuals/business/details/{nino}/list.</summary>
    public required string Endpoint { get; set; }

    /// <summary>HTTP status, or 0 when HMRC did not respond.</summary>
    public int StatusCode { get; set; }

    public string? HmrcCode { get; set; }

    public string? CorrelationId { get; set; }

    public long DurationMs { get; set; }
}
