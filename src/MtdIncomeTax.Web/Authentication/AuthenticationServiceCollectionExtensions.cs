using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.Data.Stores.Agents;
using MtdIncomeTax.Web.Authentication;

namespace Microsoft.Extensions.DependencyInjection;

public static class AuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// Registers sign-in with OpenID Connect (authorization code flow with PKCE) and a cookie session.
    /// Each person is recorded in the database on sign-in and gets our user ID as a claim.
    /// </summary>
    public static IServiceCollection AddWebAuthentication(this IServiceCollection services)
    {
        services.AddOptions<OidcSignInOptions>()
            .BindConfiguration("Authentication")
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(options =>
            {
                options.Cookie.Name = "mtdincometax.session";
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                // A signed-in person without the role gets 403 on the address they requested. The
                // status code page explains it, so no redirect hides the status.
                options.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
            })
            .AddOpenIdConnect();

        services.AddOptions<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme)
            .Configure<IOptions<OidcSignInOptions>>((oidc, signIn) => Configure(oidc, signIn.Value));

        services.AddAuthorization();
        return services;
    }

    private static void Configure(OpenIdConnectOptions oidc, OidcSignInOptions signIn)
    {
        oidc.Authority = signIn.Authority;
        oidc.ClientId = signIn.ClientId;
        oidc.ClientSecret = signIn.ClientSecret;
        oidc.RequireHttpsMetadata = signIn.RequireHttpsMetadata;
        oidc.ResponseType = OpenIdConnectResponseType.Code;
        oidc.UsePkce = true;

        // The code comes back in the query string, so the correlation and nonce cookies can be
        // SameSite=Lax and still reach the callback, with or without HTTPS.
        oidc.ResponseMode = OpenIdConnectResponseMode.Query;
        oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
        oidc.NonceCookie.SameSite = SameSiteMode.Lax;

        oidc.Scope.Clear();
        foreach (var scope in new[] { "openid", "profile", "email", "roles" })
        {
            oidc.Scope.Add(scope);
        }

        oidc.MapInboundClaims = false;
        oidc.SaveTokens = false;
        oidc.GetClaimsFromUserInfoEndpoint = false;
        oidc.TokenValidationParameters.NameClaimType = AppClaimTypes.Name;
        oidc.TokenValidationParameters.RoleClaimType = signIn.RoleClaimType;
        oidc.Events.OnTokenValidated = RecordSignInAsync;
    }

    private static async Task RecordSignInAsync(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        var identity = (ClaimsIdentity)principal.Identity!;
        var subject = principal.FindFirstValue(AppClaimTypes.Subject)
            ?? throw new InvalidOperationException("The identity token has no sub claim.");
        var role = principal.FindFirstValue(identity.RoleClaimType) ?? "";

        var users = context.HttpContext.RequestServices.GetRequiredService<UserDirectory>();
        var user = await users.RecordSignInAsync(
            subject,
            principal.FindFirstValue(AppClaimTypes.Name) ?? subject,
            principal.FindFirstValue(AppClaimTypes.Email),
            role,
            context.HttpContext.RequestAborted);

        identity.AddClaim(new Claim(AppClaimTypes.UserId, user.Id.ToString()));
        if (role == AppRoles.Agent)
        {
            var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<OidcSignInOptions>>().Value;
            var practiceId = principal.FindFirstValue(options.PracticeIdClaimType);
            var practices = context.HttpContext.RequestServices.GetRequiredService<AgentPracticeStore>();
            var practice = await practices.RecordMembershipAsync(
                user.Id,
                practiceId ?? "person:" + subject,
                principal.FindFirstValue(options.PracticeNameClaimType) ?? user.Name,
                context.HttpContext.RequestAborted);
            identity.AddClaim(new Claim(AppClaimTypes.PracticeId, practice.Id.ToString()));
        }
    }
}
