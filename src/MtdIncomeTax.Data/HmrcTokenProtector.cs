using Microsoft.AspNetCore.DataProtection;

namespace MtdIncomeTax.Data;

/// <summary>
/// Encrypts HMRC tokens and PKCE verifiers with ASP.NET Core Data Protection before they are
/// stored. The keys live in the same database, so every app instance can read what another wrote.
/// </summary>
public sealed class HmrcTokenProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _tokens = provider.CreateProtector("MtdIncomeTax.HmrcTokens.v1");
    private readonly IDataProtector _verifiers = provider.CreateProtector("MtdIncomeTax.PkceVerifiers.v1");

    public string ProtectToken(string token) => _tokens.Protect(token);

    public string UnprotectToken(string protectedToken) => _tokens.Unprotect(protectedToken);

    public string ProtectVerifier(string verifier) => _verifiers.Protect(verifier);

    public string UnprotectVerifier(string protectedVerifier) => _verifiers.Unprotect(protectedVerifier);
}
