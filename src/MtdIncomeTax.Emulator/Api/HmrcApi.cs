namespace MtdIncomeTax.Emulator.Api;

/// <summary>
/// One of HMRC's APIs: the Accept versions it serves and its error messages by code. The
/// messages differ between APIs for the same code, so each API names its own; codes it does not
/// name come from <see cref="HmrcApis.CommonMessages"/>.
/// </summary>
internal sealed class HmrcApi(string name, IReadOnlyList<string> versions, IReadOnlyDictionary<string, string> messages)
{
    public string Name { get; } = name;

    public IReadOnlyList<string> Versions { get; } = versions;

    /// <summary>Returns the API's error for the code, with HMRC's status for it.</summary>
    public ApiError Error(string code)
    {
        var message = messages.GetValueOrDefault(code)
            ?? HmrcApis.CommonMessages.GetValueOrDefault(code)
            ?? throw new InvalidOperationException($"The {Name} API has no message for error code {code}.");

        return new ApiError(StatusOf(code), code, message);
    }

    private static int StatusOf(string code) => code switch
    {
        "CLIENT_OR_AGENT_NOT_AUTHORISED" or "CLIENT_NOT_MTD_ENROLLED" => StatusCodes.Status403Forbidden,
        "MATCHING_RESOURCE_NOT_FOUND" or "NO_OBLIGATIONS_FOUND" or "NO_BUSINESS_FOUND" or "NOT_FOUND"
            => StatusCodes.Status404NotFound,
        "RULE_REQUEST_CANNOT_BE_FULFILLED" => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status400BadRequest,
    };
}
