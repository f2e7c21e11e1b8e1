namespace MtdIncomeTax.Hmrc.Api.FraudPrevention;

/// <summary>One error or warning of HMRC's header check, such as MISSING_HEADER, with the lower-case names of the headers it concerns.</summary>
public sealed record FraudHeaderIssue(string Code, string Message, IReadOnlyList<string> Headers);
