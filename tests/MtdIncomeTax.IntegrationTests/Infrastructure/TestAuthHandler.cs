using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.Data.Stores.Agents;
using MtdIncomeTax.Web.Authentication;

namespace MtdIncomeTax.IntegrationTests.Infrastructure;

/// <summary>
/// Signs in whoever the X-Test-User header names, with the role in X-Test-Role, and records them
/// as the OpenID Connect sign-in would. Agents work for the practice that X-Test-Practice names, or
/// for a practice of their own. Without the user header the request is anonymous.
/// </summary>
public sealed class TestAuthHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    UserDirectory users,
    AgentPracticeStore practices) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string UserHeader = "X-Test-User";
    public const string RoleHeader = "X-Test-Role";
    public const string PracticeHeader = "X-Test-Practice";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(UserHeader, out var subject) || string.IsNullOrEmpty(subject))
        {
            return AuthenticateResult.NoResult();
        }

        var role = Request.Headers.TryGetValue(RoleHeader, out var roleHeader) ? roleHeader.ToString() : AppRoles.Business;
        var user = await users.RecordSignInAsync(subject!, $"Test {subject}", $"{subject}@example.test", role, Context.RequestAborted);

        List<Claim> claims =
        [
            new Claim(AppClaimTypes.Subject, subject!),
            new Claim(AppClaimTypes.Name, user.Name),
            new Claim("role", role),
            new Claim(AppClaimTypes.UserId, user.Id.ToString()),
        ];
        if (role == AppRoles.Agent)
        {
            var practiceId = Request.Headers.TryGetValue(PracticeHeader, out var practiceHeader) ? practiceHeader.ToString() : "person:" + subject;
            var practice = await practices.RecordMembershipAsync(user.Id, practiceId, $"Practice {practiceId}", Context.RequestAborted);
            claims.Add(new Claim(AppClaimTypes.PracticeId, practice.Id.ToString()));
        }

        var identity = new ClaimsIdentity(
            claims,
            SchemeName,
            AppClaimTypes.Name,
            "role");

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
