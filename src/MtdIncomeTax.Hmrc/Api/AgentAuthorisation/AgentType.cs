namespace MtdIncomeTax.Hmrc.Api.AgentAuthorisation;

/// <summary>
/// The kind of authority an agent requests, sent as "main" or "supporting". A client has one main
/// agent, who may use every Income Tax endpoint, and may have several supporting agents, who may
/// send in-year updates but not see calculations or make the final declaration.
/// </summary>
public enum AgentType
{
    Main,
    Supporting,
}
