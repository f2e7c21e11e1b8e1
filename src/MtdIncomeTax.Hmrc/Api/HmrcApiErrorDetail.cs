namespace MtdIncomeTax.Hmrc.Api;

/// <summary>One entry of an HMRC multi-error response. Paths point at the request fields at fault.</summary>
public sealed record HmrcApiErrorDetail(string Code, string Message, IReadOnlyList<string> Paths);
