namespace MtdIncomeTax.Emulator.Agents;

/// <summary>
/// The kind of authority an agent holds for an Income Tax client. A main agent has the
/// HMRC-MTD-IT enrolment for the client and may call every endpoint; a supporting agent has
/// HMRC-MTD-IT-SUPP and may call only the endpoints HMRC opens to supporting agents.
/// </summary>
internal enum AgentType
{
    Main,
    Supporting,
}
