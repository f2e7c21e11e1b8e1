using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Web.Agents;

namespace MtdIncomeTax.Web.Models;

/// <summary>A client's page: the client, a notice about the action just taken, or guidance about an HMRC error.</summary>
public sealed record ClientPageViewModel(AgentClient Client, string? Notice, AgentGuidance? Guidance);
