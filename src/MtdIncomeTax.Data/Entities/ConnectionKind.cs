namespace MtdIncomeTax.Data.Entities;

public enum ConnectionKind
{
    /// <summary>A sole trader or landlord's own HMRC grant.</summary>
    Business = 1,

    /// <summary>An agent practice's grant, signed in with its agent services account.</summary>
    AgentPractice = 2,
}
