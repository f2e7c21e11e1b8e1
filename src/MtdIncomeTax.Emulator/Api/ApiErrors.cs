namespace MtdIncomeTax.Emulator.Api;

/// <summary>Turns the errors of one request into the response HMRC sends for them.</summary>
internal static class ApiErrors
{
    /// <summary>
    /// Merges errors that share a message (their paths joined), sorts them by code and, when more
    /// than one remains, wraps them in a 400 INVALID_REQUEST, as HMRC's ErrorWrapper does.
    /// </summary>
    public static (int StatusCode, ApiErrorResponse Body) ToResponse(IReadOnlyList<ApiError> errors)
    {
        var merged = errors
            .GroupBy(error => error.Message, StringComparer.Ordinal)
            .Select(Merge)
            .OrderBy(error => error.Code, StringComparer.Ordinal)
            .ToList();
        if (merged.Count == 1)
        {
            return (merged[0].StatusCode, ToBody(merged[0]));
        }

        var nested = merged.Select(ToBody).ToList();

        return (StatusCodes.Status400BadRequest,
            new ApiErrorResponse(ApiError.InvalidRequest.Code, ApiError.InvalidRequest.Message, Errors: nested));
    }

    private static ApiError Merge(IGrouping<string, ApiError> group)
    {
        var first = group.First();
        var paths = group.SelectMany(error => error.Paths ?? []).Distinct(StringComparer.Ordinal).ToList();

        return first with { Paths = paths.Count == 0 ? null : paths };
    }

    private static ApiErrorResponse ToBody(ApiError error) => new(error.Code, error.Message, error.Paths);
}
