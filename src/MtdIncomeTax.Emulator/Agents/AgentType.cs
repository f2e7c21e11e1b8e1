namespace MtdIncomeTax.Emulator.Agents;

/// <summary>
/// The kind of authority an agent has for an Income Tax client. A main agent has the client's
/// HMRC-MTD-IT enrolment and may call every endpoint. A supporting agent has HMRC-MTD-IT-SUPP
/// and may call only the endpoints HMRC opens to supporting agents.
/// </summary>
internal enum AgentType
{
    Main,
    Supporting,
}
