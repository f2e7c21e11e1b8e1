using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using MtdIncomeTax.Hmrc.Http;
using MtdIncomeTax.Hmrc.Json;
using MtdIncomeTax.Hmrc.Tokens;

namespace MtdIncomeTax.Hmrc.Api;

/// <summary>
/// Sends one request through the HMRC handler chain and turns the response into a result. Every
/// failure becomes an <see cref="HmrcApiError"/>; only the caller's own cancellation is thrown.
/// </summary>
internal static class HmrcApiCall
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");

    public static Task<HmrcApiResult<T>> SendAsync<T>(
        HttpClient httpClient,
        ILogger logger,
        HmrcOperation operation,
        Guid? connectionId,
        string path,
        object? body,
        CancellationToken cancellationToken)
        where T : class =>
        SendAsync<T>(httpClient, logger, operation, connectionId, path, body, null, cancellationToken);

    /// <summary>
    /// Sends the request like the other overload, but reads a 204 No Content success with
    /// <paramref name="readNoContent"/>, from its headers or as an empty value. A null from it makes
    /// the result an INVALID_RESPONSE error.
    /// </summary>
    public static async Task<HmrcApiResult<T>> SendAsync<T>(
        HttpClient httpClient,
        ILogger logger,
        HmrcOperation operation,
        Guid? connectionId,
        string path,
        object? body,
        Func<HttpResponseMessage, T?>? readNoContent,
        CancellationToken cancellationToken)
        where T : class
    {
        using var request = new HttpRequestMessage(operation.Method, path);
        if (connectionId is { } id)
        {
            request.Options.Set(HmrcRequestOptions.ConnectionId, id);
        }

        request.Options.Set(HmrcRequestOptions.Endpoint, operation.Endpoint);
        if (operation.Version is { } version)
        {
            request.Options.Set(HmrcRequestOptions.ApiVersion, version);
        }

        if (body is not null)
        {
            request.Content = JsonBodyOf(body);
        }
        else if (operation.ContentTypeWithoutBody)
        {
            request.Content = new ByteArrayContent([]) { Headers = { ContentType = JsonMediaType } };
        }

        var result = await SendAndReadAsync(httpClient, logger, operation, request, readNoContent, cancellationToken);
        LogFailure(logger, operation, result.Error);
        return result;
    }

    private static async Task<HmrcApiResult<T>> SendAndReadAsync<T>(
        HttpClient httpClient,
        ILogger logger,
        HmrcOperation operation,
        HttpRequestMessage request,
        Func<HttpResponseMessage, T?>? readNoContent,
        CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            using var response = await httpClient.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return HmrcApiResult<T>.Failure(await ReadFailureAsync(response, operation, cancellationToken));
            }

            return readNoContent is not null && response.StatusCode == HttpStatusCode.NoContent
                ? ReadNoContent(response, logger, operation, readNoContent)
                : await ReadSuccessAsync<T>(response, logger, operation, cancellationToken);
        }
        catch (AccessTokenUnavailableException exception)
        {
            return HmrcApiResult<T>.Failure(NotSent(exception));
        }
        catch (HmrcRequestQueueFullException exception)
        {
            // The rate limiter kept the request back, so even a write is known not to have happened.
            return HmrcApiResult<T>.Failure(HmrcErrorReader.Unavailable(exception.Message));
        }
        catch (HttpRequestException exception)
        {
            // A connection that could not be opened carried nothing, so even a write is known not to
            // have happened. Any later transport fault may come after HMRC received the request.
            return HmrcApiResult<T>.Failure(operation.IsWrite && RateLimitingHandler.MayHaveBeenProcessed(request)
                ? Ambiguous($"the connection failed after the request was sent ({exception.HttpRequestError})", null, null)
                : HmrcErrorReader.Unavailable($"HMRC could not be reached ({exception.HttpRequestError})."));
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The pipeline's time-outs arrive as HttpClient's own do. The time limit of the whole
            // call can end while the request still waits for a send slot, and then nothing was sent.
            return HmrcApiResult<T>.Failure(operation.IsWrite && RateLimitingHandler.MayHaveBeenProcessed(request)
                ? Ambiguous("HMRC did not respond in time", null, null)
                : HmrcErrorReader.Unavailable("HMRC did not respond in time."));
        }
    }

    private static HmrcApiResult<T> ReadNoContent<T>(
        HttpResponseMessage response, ILogger logger, HmrcOperation operation, Func<HttpResponseMessage, T?> readNoContent)
        where T : class
    {
        var value = readNoContent(response);
        return value is null
            ? HmrcApiResult<T>.Failure(Invalid(response, "HMRC's 204 response lacks what the API documents.", logger, operation, null))
            : HmrcApiResult<T>.Success(value, response.StatusCode, HmrcErrorReader.CorrelationIdOf(response));
    }

    private static async Task<HmrcApiResult<T>> ReadSuccessAsync<T>(
        HttpResponseMessage response, ILogger logger, HmrcOperation operation, CancellationToken cancellationToken)
        where T : class
    {
        var correlationId = HmrcErrorReader.CorrelationIdOf(response);
        if (response.StatusCode != operation.SuccessStatus)
        {
            logger.ApiSuccessStatusUnexpected(
                operation.Method.Method, operation.Endpoint, (int)response.StatusCode, (int)operation.SuccessStatus, correlationId);
        }

        if (typeof(T) == typeof(HmrcNoContent))
        {
            return HmrcApiResult<T>.Success((T)(object)HmrcNoContent.Instance, response.StatusCode, correlationId);
        }

        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var value = bytes.Length == 0 ? null : JsonSerializer.Deserialize<T>(bytes, HmrcJson.Options);
            return value is null
                ? HmrcApiResult<T>.Failure(Invalid(response, "HMRC returned an empty body.", logger, operation, null))
                : HmrcApiResult<T>.Success(value, response.StatusCode, correlationId);
        }
        catch (JsonException exception)
        {
            return HmrcApiResult<T>.Failure(Invalid(response, exception.Message, logger, operation, exception));
        }
    }

    private static async Task<HmrcApiError> ReadFailureAsync(
        HttpResponseMessage response, HmrcOperation operation, CancellationToken cancellationToken)
    {
        var error = await HmrcErrorReader.ReadAsync(response, cancellationToken);
        if (operation.IsWrite && IsAmbiguousServerStatus(response.StatusCode))
        {
            var detail = new HmrcApiErrorDetail(error.Code, error.Message, error.Paths);
            return Ambiguous($"HMRC answered {(int)response.StatusCode} {error.Code}", response.StatusCode, error.CorrelationId) with
            {
                Errors = [detail],
            };
        }

        return error with { NotFoundIsExpected = operation.NotFoundIsExpected };
    }

    private static bool IsAmbiguousServerStatus(HttpStatusCode status) =>
        status is HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private static HmrcApiError Ambiguous(string reason, HttpStatusCode? status, string? correlationId) =>
        new(status ?? 0, HmrcApiError.OutcomeUnknown,
            $"The request may or may not have been applied at HMRC: {reason}. Check at HMRC before sending it again.",
            [], correlationId);

    private static HmrcApiError Invalid(
        HttpResponseMessage response, string reason, ILogger logger, HmrcOperation operation, Exception? exception)
    {
        var correlationId = HmrcErrorReader.CorrelationIdOf(response);
        logger.ApiResponseInvalid(
            operation.Method.Method, operation.Endpoint, (int)response.StatusCode, correlationId, exception);
        return new HmrcApiError(
            response.StatusCode, HmrcApiError.InvalidResponse, $"HMRC's response could not be read: {reason}", [], correlationId);
    }

    private static HmrcApiError NotSent(AccessTokenUnavailableException exception)
    {
        var code = exception.Outcome switch
        {
            AccessTokenOutcome.ReauthorisationRequired => HmrcApiError.ReauthorisationRequired,
            AccessTokenOutcome.TransientFailure => HmrcApiError.Unavailable,
            AccessTokenOutcome.Misconfigured => HmrcApiError.ApplicationMisconfigured,
            _ => HmrcApiError.NoAccessToken,
        };
        return new HmrcApiError(0, code, exception.Reason, [], null);
    }

    private static ByteArrayContent JsonBodyOf(object body)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), HmrcJson.Options));
        content.Headers.ContentType = JsonMediaType;
        return content;
    }

    private static void LogFailure(ILogger logger, HmrcOperation operation, HmrcApiError? error)
    {
        var method = operation.Method.Method;
        var nestedCodes = error is null ? "" : string.Join(",", error.Errors.Select(detail => detail.Code));
        switch (error)
        {
            case null:
            case { Code: HmrcApiError.InvalidResponse }:
                // Successes need no entry here, and an unreadable response was logged with its exception.
                return;
            case { } when error.Code == operation.ExpectedErrorCode:
                return;
            case { Code: HmrcApiError.OutcomeUnknown }:
                logger.ApiWriteOutcomeUnknown(method, operation.Endpoint, (int)error.StatusCode, error.Message, error.CorrelationId);
                return;
            case { StatusCode: 0 }:
                logger.ApiCallNotCompleted(method, operation.Endpoint, error.Code, error.Message);
                return;
            case { IsOurFault: true }:
                logger.ApiErrorOfOurMaking(method, operation.Endpoint, (int)error.StatusCode, error.Code, nestedCodes, error.CorrelationId);
                return;
            default:
                logger.ApiErrorReturned(method, operation.Endpoint, (int)error.StatusCode, error.Code, nestedCodes, error.CorrelationId);
                return;
        }
    }
}
