namespace MtdIncomeTax.Data.Entities;

/// <summary>The kind of authorisation an agent has or requests for a client's Income Tax.</summary>
public enum AgentType
{
    /// <summary>The client's main agent, who may use every Income Tax API.</summary>
    Main = 1,

    /// <summary>A supporting agent, who may send in-year updates but not see calculations or make the final declaration.</summary>
    Supporting = 2,
}
