using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Web.Models;

/// <summary>The practice home: the practice, its HMRC connection if any, and whether it was just linked.</summary>
public sealed record PracticeHomeViewModel(AgentPractice Practice, HmrcConnection? Connection, bool JustLinked);
