namespace MtdIncomeTax.Data.Entities;

/// <summary>The latest verdict of HMRC's Test Fraud Prevention Headers API on the headers sent for a connection.</summary>
public sealed class FraudHeaderCheck
{
    public Guid ConnectionId { get; set; }

    public DateTimeOffset CheckedAt { get; set; }

    /// <summary>VALID_HEADERS, POTENTIALLY_INVALID_HEADERS or INVALID_HEADERS, or the HMRC error code when the check itself failed.</summary>
    public required string Code { get; set; }

    public required string Message { get; set; }

    public int ErrorCount { get; set; }

    public int WarningCount { get; set; }

    /// <summary>The errors and warnings as a JSON array of severity, code, message and headers.</summary>
    public string? IssuesJson { get; set; }

    public string? CorrelationId { get; set; }
}
