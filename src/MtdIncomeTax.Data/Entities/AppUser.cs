namespace MtdIncomeTax.Data.Entities;

/// <summary>A person who signs in to MtdIncomeTax through the configured OpenID Connect provider.</summary>
public sealed class AppUser
{
    public Guid Id { get; set; }

    /// <summary>The provider's stable subject identifier ("sub").</summary>
    public required string Subject { get; set; }

    public required string Name { get; set; }

    public string? Email { get; set; }

    /// <summary>business, agent or support, from the provider's role claim.</summary>
    public required string Role { get; set; }

    /// <summary>The agent practice an agent-role person works for; null for other roles.</summary>
    public Guid? PracticeId { get; set; }

    public AgentPractice? Practice { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset LastSignedInAt { get; set; }
}
