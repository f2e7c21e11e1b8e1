namespace MtdIncomeTax.Emulator.TestSupport;

/// <summary>
/// Body of POST /test-support/token-endpoint/failures. Mode is server-error, timeout or
/// refresh-in-progress; Count is how many requests fail (all until cleared when absent);
/// DelaySeconds is how long a timeout keeps each request waiting.
/// </summary>
internal sealed record TokenFailureRequest(string? Mode, int? Count, double? DelaySeconds);
