namespace MtdIncomeTax.Hmrc.OAuth;

/// <summary>
/// Tokens from HMRC's token endpoint. ToString leaves the token values out so that the set can
/// never be logged or shown by accident.
/// </summary>
public sealed record HmrcTokenSet(string AccessToken, string RefreshToken, TimeSpan ExpiresIn, string? Scope)
{
    public override string ToString() => $"HmrcTokenSet {{ ExpiresIn = {ExpiresIn}, Scope = {Scope} }}";
}
