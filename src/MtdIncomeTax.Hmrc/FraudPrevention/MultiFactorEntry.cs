namespace MtdIncomeTax.Hmrc.FraudPrevention;

/// <summary>
/// One second factor the person passed when signing in to MtdIncomeTax (not to HMRC). Type is
/// TOTP, AUTH_CODE (a code sent by email or text message) or OTHER; UniqueReference identifies
/// the factor as a salted hash, never the secret itself.
/// </summary>
public sealed record MultiFactorEntry(string Type, DateTimeOffset Timestamp, string UniqueReference)
{
    public const string Totp = "TOTP";
    public const string AuthCode = "AUTH_CODE";
    public const string Other = "OTHER";
}
