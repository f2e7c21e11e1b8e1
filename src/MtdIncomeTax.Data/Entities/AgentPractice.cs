namespace MtdIncomeTax.Data.Entities;

/// <summary>
/// An agent practice: the staff who share one HMRC grant and one client list. The practice is
/// identified by the sign-in provider's practice claim, or by its only member's subject when the
/// provider sends none.
/// </summary>
public sealed class AgentPractice
{
    public Guid Id { get; set; }

    /// <summary>The practice's identifier at the sign-in provider.</summary>
    public required string ExternalId { get; set; }

    public required string Name { get; set; }

    /// <summary>Agent reference number of the practice's agent services account, kept after a disconnect.</summary>
    public string? Arn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
