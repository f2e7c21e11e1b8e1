using MtdIncomeTax.Hmrc.Api;

namespace MtdIncomeTax.Web.Agents;

/// <summary>The result of checking a practice's grant, with HMRC's error when there was one.</summary>
public sealed record PracticeCheckOutcome(PracticeCheckResult Result, HmrcApiError? Error = null);
