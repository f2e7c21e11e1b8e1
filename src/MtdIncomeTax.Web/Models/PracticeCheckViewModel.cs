using MtdIncomeTax.Web.Agents;

namespace MtdIncomeTax.Web.Models;

/// <summary>The account check that did not confirm a practice link: the result, the ARN form's value and error, and HMRC's reference.</summary>
public sealed record PracticeCheckViewModel(PracticeCheckResult Result, string? Arn, string? ArnError, string? CorrelationId);
