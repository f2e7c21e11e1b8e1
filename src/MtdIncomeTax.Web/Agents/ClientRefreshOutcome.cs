using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Hmrc.Api;

namespace MtdIncomeTax.Web.Agents;

/// <summary>The result of a refresh, the client as stored afterwards, and HMRC's error when there was one.</summary>
public sealed record ClientRefreshOutcome(ClientRefreshResult Result, AgentClient? Client, HmrcApiError? Error = null)
{
    /// <summary>True when the practice, not the client, is the problem, so checking more clients is pointless.</summary>
    public bool StopsOtherChecks => Result is ClientRefreshResult.PracticeNotLinked or ClientRefreshResult.PracticeRefused;
}
