namespace MtdIncomeTax.Web.Linking;

/// <summary>
/// Query parameters of HMRC's redirect back to us. On success: code and state; on failure: error
/// (always access_denied), error_description, error_code and state. ToString leaves out the code.
/// </summary>
public sealed record HmrcCallback(string? Code, string? State, string? Error, string? ErrorDescription, string? ErrorCode)
{
    public override string ToString() => $"HmrcCallback {{ HasCode = {Code is not null}, Error = {Error}, ErrorCode = {ErrorCode} }}";
}
