using System.Diagnostics.CodeAnalysis;
using System.Net;

namespace MtdIncomeTax.Hmrc.Api;

/// <summary>The outcome of an HMRC API call: a value, or the error HMRC (or the transport) gave.</summary>
public sealed record HmrcApiResult<T>
    where T : class
{
    private HmrcApiResult(T? value, HmrcApiError? error, HttpStatusCode statusCode, string? correlationId)
    {
        Value = value;
        Error = error;
        StatusCode = statusCode;
        CorrelationId = correlationId;
    }

    public T? Value { get; }

    public HmrcApiError? Error { get; }

    /// <summary>The HTTP status of the response: 200, 201, 202 or 204 on success, and 0 when no response came.</summary>
    public HttpStatusCode StatusCode { get; }

    public string? CorrelationId { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    /// <summary>True for a write whose result cannot be known; the person must check before sending it again.</summary>
    public bool OutcomeUnknown => Error?.Code == HmrcApiError.OutcomeUnknown;

    public static HmrcApiResult<T> Success(T value, string? correlationId) =>
        Success(value, HttpStatusCode.OK, correlationId);

    public static HmrcApiResult<T> Success(T value, HttpStatusCode statusCode, string? correlationId) =>
        new(value, null, statusCode, correlationId);

    public static HmrcApiResult<T> Failure(HmrcApiError error) =>
        new(null, error, error.StatusCode, error.CorrelationId);
}
