namespace MtdIncomeTax.Web.Models;

/// <summary>The practice link page: the practice name, the ARN to prefill or as typed, its error, and whether a link exists.</summary>
public sealed record PracticeConnectViewModel(string PracticeName, string? Arn, string? ArnError, bool AlreadyLinked);
