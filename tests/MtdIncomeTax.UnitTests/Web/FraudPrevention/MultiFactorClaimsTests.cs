using System.Security.Claims;
using MtdIncomeTax.Hmrc.FraudPrevention;
using MtdIncomeTax.Web.FraudPrevention;

namespace MtdIncomeTax.UnitTests.Web.FraudPrevention;

public sealed class MultiFactorClaimsTests
{
    private static ClaimsPrincipal Principal(params string[] methods)
    {
        var claims = new List<Claim> { new("sub", "person-1"), new("auth_time", "1741079691") };
        claims.AddRange(methods.Select(method => new Claim("amr", method)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    [Fact]
    public void Emailed_code_is_an_auth_code_factor()
    {
        var factor = Assert.Single(MultiFactorClaims.From(Principal("pwd", "email", "mfa")));

        Assert.Equal(MultiFactorEntry.AuthCode, factor.Type);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 9, 14, 51, TimeSpan.Zero), factor.Timestamp);
        Assert.Matches("^[0-9a-f]{64}$", factor.UniqueReference);
    }

    [Fact]
    public void Password_only_has_no_factor() => Assert.Empty(MultiFactorClaims.From(Principal("pwd")));

    [Fact]
    public void Reference_is_stable_and_differs_by_method()
    {
        var first = MultiFactorClaims.From(Principal("otp", "sms"));
        var again = MultiFactorClaims.From(Principal("otp"));

        Assert.Equal([MultiFactorEntry.Totp, MultiFactorEntry.AuthCode], first.Select(factor => factor.Type));
        Assert.Equal(first[0].UniqueReference, again[0].UniqueReference);
        Assert.NotEqual(first[0].UniqueReference, first[1].UniqueReference);
    }
}
