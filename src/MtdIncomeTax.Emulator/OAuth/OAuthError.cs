namespace MtdIncomeTax.Emulator.OAuth;

/// <summary>An OAuth 2.0 error (RFC 6749) with the HTTP status that HMRC returns it with.</summary>
internal sealed record OAuthError(int StatusCode, string Error, string Description)
{
    public static OAuthError InvalidRequest(string description) =>
        new(StatusCodes.Status400BadRequest, "invalid_request", description);

    public static OAuthError InvalidGrant(string description) =>
        new(StatusCodes.Status400BadRequest, "invalid_grant", description);
}
