using MtdIncomeTax.Web.Agents;

namespace MtdIncomeTax.Web.Models;

/// <summary>
/// The account check that did not confirm a practice link: the result, the ARN the check used,
/// the ARN form's error, and HMRC's reference.
/// </summary>
public sealed record PracticeCheckViewModel(PracticeCheckResult Result, string? Arn, string? ArnError, string? CorrelationId)
{
    /// <summary>The text typed into the ARN form when it was invalid, shown again in the field; null shows <see cref="Arn"/>.</summary>
    public string? EnteredArn { get; init; }
}
