using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Hmrc.Api.BusinessDetails;
using MtdIncomeTax.Web.Guidance;
using MtdIncomeTax.Web.Models;

namespace MtdIncomeTax.Web.Agents.Acting;

/// <summary>
/// An authorised client's businesses and obligations as the practice reads them through its own
/// HMRC grant, or HMRC's error in place of the businesses.
/// </summary>
public sealed record ClientBusinessesViewModel(
    AgentClient Client,
    IReadOnlyList<BusinessSummary>? Businesses,
    ObligationsPanel? Obligations,
    HmrcGuidance? Error)
{
    /// <summary>Whether the practice is the client's supporting agent, who may not see calculations or the final declaration.</summary>
    public bool IsSupporting => Client.AgentType == AgentType.Supporting;
}
