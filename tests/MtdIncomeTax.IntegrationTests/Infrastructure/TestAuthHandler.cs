using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.Web.Authentication;

namespace MtdIncomeTax.IntegrationTests.Infrastructure;

/// <summary>
/// Signs in whoever the X-Test-User header names, with the role in X-Test-Role, and records them
/// as the OpenID Connect sign-in would. Without the header the request is anonymous.
/// </summary>
public sealed class TestAuthHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    UserDirectory users) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string UserHeader = "X-Test-User";
    public const string RoleHeader = "X-Test-Role";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(UserHeader, out var subject) || string.IsNullOrEmpty(subject))
        {
            return AuthenticateResult.NoResult();
        }

        var role = Request.Headers.TryGetValue(RoleHeader, out var roleHeader) ? roleHeader.ToString() : AppRoles.Business;
        var user = await users.RecordSignInAsync(subject!, $"Test {subject}", $"{subject}@example.test", role, Context.RequestAborted);

        var identity = new ClaimsIdentity(
            [
                new Claim(AppClaimTypes.Subject, subject!),
                new Claim(AppClaimTypes.Name, user.Name),
                new Claim("role", role),
                new Claim(AppClaimTypes.UserId, user.Id.ToString()),
            ],
            SchemeName,
            AppClaimTypes.Name,
            "role");

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
