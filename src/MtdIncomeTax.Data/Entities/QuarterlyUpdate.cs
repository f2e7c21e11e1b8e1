namespace MtdIncomeTax.Data.Entities;

/// <summary>
/// A quarterly cumulative update as the person entered it, kept from the first review onwards so
/// that no figure is lost when HMRC rejects it or cannot be reached.
/// </summary>
public sealed class QuarterlyUpdate
{
    public Guid Id { get; set; }

    public Guid ConnectionId { get; set; }

    public HmrcConnection? Connection { get; set; }

    /// <summary>The signed-in person who entered the figures.</summary>
    public Guid CreatedByUserId { get; set; }

    /// <summary>HMRC's business ID, for example XAIS12345678901.</summary>
    public required string BusinessId { get; set; }

    /// <summary>self-employment or uk-property, as HMRC names the type of business.</summary>
    public required string TypeOfBusiness { get; set; }

    /// <summary>Tax year as HMRC writes it, for example 2026-27.</summary>
    public required string TaxYear { get; set; }

    public DateOnly PeriodStartDate { get; set; }

    public DateOnly PeriodEndDate { get; set; }

    /// <summary>The year-to-date figures, as JSON keyed by form field, exactly as the person entered them.</summary>
    public required string FiguresJson { get; set; }

    public QuarterlyUpdateStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When HMRC accepted the update.</summary>
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>HMRC's X-CorrelationId of the last send.</summary>
    public string? CorrelationId { get; set; }

    /// <summary>HMRC's error code of the last failed send.</summary>
    public string? ErrorCode { get; set; }

    public Guid ConcurrencyToken { get; set; }
}
