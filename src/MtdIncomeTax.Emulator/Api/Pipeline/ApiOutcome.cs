namespace MtdIncomeTax.Emulator.Api.Pipeline;

/// <summary>The result of an endpoint: a success status with an optional JSON body, or errors.</summary>
internal sealed record ApiOutcome(int StatusCode, object? Body, IReadOnlyList<ApiError> Errors)
{
    public bool Failed => Errors.Count > 0;

    public static ApiOutcome Ok(object body) => new(StatusCodes.Status200OK, body, []);

    public static ApiOutcome Created(object body) => new(StatusCodes.Status201Created, body, []);

    public static ApiOutcome Accepted(object body) => new(StatusCodes.Status202Accepted, body, []);

    public static ApiOutcome NoContent() => new(StatusCodes.Status204NoContent, null, []);

    /// <summary>A response of only a status, such as Agent Authorisation Test Support's empty 404 and 409.</summary>
    public static ApiOutcome Empty(int statusCode) => new(statusCode, null, []);

    public static ApiOutcome Fail(params ApiError[] errors) => new(0, null, errors);

    public static ApiOutcome Fail(IReadOnlyList<ApiError> errors) => new(0, null, errors);
}
