using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using MtdIncomeTax.Emulator.Logging;
using MtdIncomeTax.Emulator.Pages;
using MtdIncomeTax.Emulator.Users;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace MtdIncomeTax.Emulator.Oidc;

/// <summary>
/// The passthrough endpoints of the development OpenID Connect provider and its sign-in page.
/// OpenIddict validates each request before it reaches these handlers, and it handles the
/// token and discovery requests itself.
/// </summary>
internal sealed class ConnectEndpoints(SignInCodes signInCodes, TimeProvider timeProvider, ILogger<ConnectEndpoints> logger)
{
    private const string ServerScheme = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    // The practice an agent-role person works for, sent with the role.
    private const string PracticeIdClaim = "practice_id";
    private const string PracticeNameClaim = "practice_name";

    public static void Map(IEndpointRouteBuilder routes)
    {
        // Cast to a Func so each result is written, not discarded as by a RequestDelegate.
        string[] getAndPost = [HttpMethods.Get, HttpMethods.Post];
        routes.MapMethods(SignInDefaults.AuthorizePath, getAndPost, (Func<HttpContext, Task<IResult>>)AuthorizeAsync);
        routes.MapMethods("/connect/userinfo", getAndPost, (Func<HttpContext, Task<IResult>>)UserInfoAsync);
        routes.MapMethods("/connect/endsession", getAndPost, (Func<HttpContext, Task<IResult>>)EndSessionAsync);
        routes.MapGet(SignInDefaults.SignInPath, (string? returnUrl) => ShowSignIn(returnUrl));
        routes.MapPost(SignInDefaults.SignInPath, (HttpContext context, ConnectEndpoints endpoints) =>
            endpoints.SignInAsync(context));
        routes.MapPost(SignInDefaults.SignInCodePath, (HttpContext context, ConnectEndpoints endpoints) =>
            endpoints.SignInWithCodeAsync(context));
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request could not be read.");
        var session = await context.AuthenticateAsync(SignInDefaults.CookieScheme);
        var subject = session.Principal?.FindFirst(Claims.Subject)?.Value;
        var person = subject is null ? null : TestUsers.FindPerson(subject);

        if (person is null && request.HasPromptValue(PromptValues.None))
        {
            return Results.Forbid(ErrorProperties(Errors.LoginRequired, "The user is not signed in."), [ServerScheme]);
        }

        if (person is null)
        {
            var returnUrl = context.Request.Path + QueryString.Create(request.GetParameters()
                .Select(p => KeyValuePair.Create(p.Key, (string?)p.Value.ToString())));
            return Results.Redirect($"{SignInDefaults.SignInPath}?returnUrl={Uri.EscapeDataString(returnUrl)}");
        }

        var identity = CreateIdentity(person, request.GetScopes(), session.Principal!);

        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: ServerScheme);
    }

    private static async Task<IResult> UserInfoAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(ServerScheme);
        var principal = result.Principal;
        var subject = principal?.GetClaim(Claims.Subject);
        var person = subject is null ? null : TestUsers.FindPerson(subject);
        if (principal is null || person is null)
        {
            var properties = ErrorProperties(Errors.InvalidToken, "The access token is not valid.");
            return Results.Challenge(properties, [ServerScheme]);
        }

        var claims = new Dictionary<string, object> { [Claims.Subject] = person.Subject };
        if (principal.HasScope(Scopes.Profile))
        {
            claims[Claims.Name] = person.Name;
        }

        if (principal.HasScope(Scopes.Email))
        {
            claims[Claims.Email] = person.Email;
            claims[Claims.EmailVerified] = true;
        }

        if (principal.HasScope(Scopes.Roles))
        {
            claims[Claims.Role] = person.Role;
            if (person.PracticeId is not null)
            {
                claims[PracticeIdClaim] = person.PracticeId;
                claims[PracticeNameClaim] = person.PracticeName ?? person.PracticeId;
            }
        }

        return Results.Json(claims);
    }

    private static async Task<IResult> EndSessionAsync(HttpContext context)
    {
        await context.SignOutAsync(SignInDefaults.CookieScheme);

        // OpenIddict redirects to the post_logout_redirect_uri when it is registered for the client.
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [ServerScheme]);
    }

    private static IResult ShowSignIn(string? returnUrl) =>
        IsAuthorizeUrl(returnUrl)
            ? HtmlPage.Result(DevelopmentSignInPage.Render(returnUrl!, null, failed: false))
            : HtmlPage.Result(DevelopmentSignInPage.InvalidReturnUrl(), StatusCodes.Status400BadRequest);

    private async Task<IResult> SignInAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
        {
            return HtmlPage.Result(DevelopmentSignInPage.InvalidReturnUrl(), StatusCodes.Status400BadRequest);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var returnUrl = form["returnUrl"].ToString();
        if (!IsAuthorizeUrl(returnUrl))
        {
            return HtmlPage.Result(DevelopmentSignInPage.InvalidReturnUrl(), StatusCodes.Status400BadRequest);
        }

        var username = form["username"].ToString().Trim();
        var person = TestUsers.SignInPerson(username, form["password"].ToString());
        if (person is null)
        {
            logger.DevelopmentSignInFailed(username);
            return HtmlPage.Result(DevelopmentSignInPage.Render(returnUrl, username, failed: true));
        }

        var challenge = signInCodes.Start(person.Subject, returnUrl);
        return HtmlPage.Result(SignInCodePage.Render(challenge.Id, challenge.Code, person, failed: false));
    }

    /// <summary>
    /// Completes sign-in after the code step. The session records the authentication methods as
    /// RFC 8176 amr values: pwd, plus email and mfa when the emailed code was entered.
    /// </summary>
    private async Task<IResult> SignInWithCodeAsync(HttpContext context)
    {
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : null;
        var challenge = signInCodes.Find(form?["challenge"].ToString());
        var person = challenge is null ? null : TestUsers.FindPerson(challenge.Subject);
        if (challenge is null || person is null)
        {
            return HtmlPage.Result(SignInCodePage.Expired(), StatusCodes.Status400BadRequest);
        }

        var skipped = form!["action"].ToString() == "skip";
        if (!skipped && !signInCodes.Verify(challenge, form["code"].ToString()))
        {
            logger.DevelopmentSignInCodeFailed(person.Username);
            return signInCodes.Find(challenge.Id) is null
                ? HtmlPage.Result(SignInCodePage.Expired(), StatusCodes.Status400BadRequest)
                : HtmlPage.Result(SignInCodePage.Render(challenge.Id, challenge.Code, person, failed: true));
        }

        signInCodes.End(challenge);
        var identity = new ClaimsIdentity(SignInDefaults.CookieScheme, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, person.Subject));
        identity.AddClaim(new Claim(Claims.Name, person.Name));
        foreach (var method in skipped ? ["pwd"] : new[] { "pwd", "email", "mfa" })
        {
            identity.AddClaim(new Claim(Claims.AuthenticationMethodReference, method));
        }

        var signedInAt = timeProvider.GetUtcNow().ToUnixTimeSeconds();
        identity.AddClaim(new Claim(Claims.AuthenticationTime, signedInAt.ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64));
        await context.SignInAsync(SignInDefaults.CookieScheme, new ClaimsPrincipal(identity));
        logger.DevelopmentSignInSucceeded(person.Username);

        return Results.Redirect(challenge.ReturnUrl);
    }

    private static ClaimsIdentity CreateIdentity(DevelopmentPerson person, IEnumerable<string> scopes, ClaimsPrincipal session)
    {
        var identity = new ClaimsIdentity(ServerScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, person.Subject)
            .SetClaim(Claims.Name, person.Name)
            .SetClaim(Claims.Email, person.Email)
            .SetClaim(Claims.Role, person.Role)
            .SetClaim(PracticeIdClaim, person.PracticeId)
            .SetClaim(PracticeNameClaim, person.PracticeName)
            .SetClaims(Claims.AuthenticationMethodReference, [.. session.FindAll(Claims.AuthenticationMethodReference).Select(claim => claim.Value)]);
        if (session.FindFirst(Claims.AuthenticationTime) is { } authenticationTime)
        {
            identity.AddClaim(new Claim(Claims.AuthenticationTime, authenticationTime.Value, ClaimValueTypes.Integer64));
        }

        identity.SetScopes(scopes);
        identity.SetDestinations(claim => ClaimDestinations(claim, identity));

        return identity;
    }

    // Profile, email and role claims reach the id_token only when their scope was granted.
    private static string[] ClaimDestinations(Claim claim, ClaimsIdentity identity)
    {
        // How and when the person signed in belongs in the identity token (OpenID Connect Core 1.0 section 2).
        if (claim.Type is Claims.AuthenticationMethodReference or Claims.AuthenticationTime)
        {
            return [Destinations.IdentityToken];
        }

        var scope = claim.Type switch
        {
            Claims.Name => Scopes.Profile,
            Claims.Email => Scopes.Email,
            Claims.Role or PracticeIdClaim or PracticeNameClaim => Scopes.Roles,
            _ => null,
        };

        return scope is not null && identity.HasScope(scope)
            ? [Destinations.AccessToken, Destinations.IdentityToken]
            : [Destinations.AccessToken];
    }

    // Only a local authorize URL is accepted, so the page cannot redirect anywhere else.
    private static bool IsAuthorizeUrl(string? returnUrl) =>
        returnUrl is not null
        && returnUrl.StartsWith(SignInDefaults.AuthorizePath + "?", StringComparison.Ordinal);

    private static AuthenticationProperties ErrorProperties(string error, string description) =>
        new(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        });
}
