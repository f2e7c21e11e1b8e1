namespace MtdIncomeTax.Emulator.FraudPrevention;

/// <summary>One finding of the header check, with the lower-case names of the headers it concerns, as HMRC reports them.</summary>
internal sealed record HeaderIssue(string Code, string Message, IReadOnlyList<string> Headers);
