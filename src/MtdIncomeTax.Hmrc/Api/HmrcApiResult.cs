using System.Diagnostics.CodeAnalysis;

namespace MtdIncomeTax.Hmrc.Api;

/// <summary>The outcome of an HMRC API call: a value, or the error HMRC (or the transport) gave.</summary>
public sealed record HmrcApiResult<T>
    where T : class
{
    private HmrcApiResult(T? value, HmrcApiError? error, string? correlationId)
    {
        Value = value;
        Error = error;
        CorrelationId = correlationId;
    }

    public T? Value { get; }

    public HmrcApiError? Error { get; }

    public string? CorrelationId { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    public bool OutcomeUnknown => Error?.Code == HmrcApiError.OutcomeUnknown;

    public static HmrcApiResult<T> Success(T value, string? correlationId) => new(value, null, correlationId);

    public static HmrcApiResult<T> Failure(HmrcApiError error) => new(null, error, error.CorrelationId);
}
