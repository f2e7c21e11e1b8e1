using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using MtdIncomeTax.Emulator.Logging;
using MtdIncomeTax.Emulator.Pages;
using MtdIncomeTax.Emulator.Users;

namespace MtdIncomeTax.Emulator.OAuth;

/// <summary>
/// HMRC's /oauth/authorize and the start, sign-in and grant pages that follow it. The outcome
/// goes to the client's redirect URI: a code on grant, access_denied when the user declines.
/// </summary>
internal sealed class AuthorizationJourney(
    AuthorizeRequestValidator validator,
    OAuthStore store,
    HmrcUserRegistry users,
    ILogger<AuthorizationJourney> logger)
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/oauth/authorize", (HttpContext context, AuthorizationJourney journey) =>
            journey.Authorize(context));
        routes.MapGet("/oauth/journey/{id}", (string id, AuthorizationJourney journey) =>
            journey.ShowStart(id));
        routes.MapGet("/oauth/journey/{id}/sign-in", (string id, AuthorizationJourney journey) =>
            journey.ShowSignIn(id));
        routes.MapPost("/oauth/journey/{id}/sign-in", (string id, HttpContext context, AuthorizationJourney journey) =>
            journey.SignInAsync(id, context));
        routes.MapGet("/oauth/journey/{id}/grant", (string id, AuthorizationJourney journey) =>
            journey.ShowGrant(id));
        routes.MapPost("/oauth/journey/{id}/grant", (string id, HttpContext context, AuthorizationJourney journey) =>
            journey.DecideAsync(id, context));
    }

    private IResult Authorize(HttpContext context)
    {
        var (request, error) = validator.Validate(context.Request.Query);
        if (error is not null)
        {
            logger.AuthorizeRejected(error.Error, context.Request.Query["client_id"].ToString());
            return ErrorResult(context, error);
        }

        var journey = store.StartJourney(request!);

        return Results.Redirect($"/oauth/journey/{journey.Id}");
    }

    private IResult ShowStart(string id)
    {
        var journey = store.FindJourney(id);

        return journey is null ? JourneyNotFound() : HtmlPage.Result(HmrcPages.Start(journey));
    }

    private IResult ShowSignIn(string id)
    {
        var journey = store.FindJourney(id);

        return journey is null ? JourneyNotFound() : HtmlPage.Result(HmrcPages.SignIn(journey, null, failed: false));
    }

    private async Task<IResult> SignInAsync(string id, HttpContext context)
    {
        var journey = store.FindJourney(id);
        if (journey is null || !context.Request.HasFormContentType)
        {
            return JourneyNotFound();
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var userId = form["userId"].ToString().Trim();
        var user = users.SignIn(userId, form["password"].ToString());
        if (user is null)
        {
            logger.HmrcSignInFailed(userId);
            return HtmlPage.Result(HmrcPages.SignIn(journey, userId, failed: true), StatusCodes.Status200OK);
        }

        journey.User = user;

        return Results.Redirect(HmrcPages.GrantPath(journey));
    }

    private IResult ShowGrant(string id)
    {
        var journey = store.FindJourney(id);
        if (journey is null)
        {
            return JourneyNotFound();
        }

        return journey.User is null
            ? Results.Redirect(HmrcPages.SignInPath(journey))
            : HtmlPage.Result(HmrcPages.Grant(journey, journey.User));
    }

    private async Task<IResult> DecideAsync(string id, HttpContext context)
    {
        var journey = store.FindJourney(id);
        if (journey?.User is not { } user || !context.Request.HasFormContentType)
        {
            return JourneyNotFound();
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var decision = form["decision"].ToString();
        if (decision is not ("grant" or "deny"))
        {
            return HtmlPage.Result(HmrcPages.Grant(journey, user), StatusCodes.Status400BadRequest);
        }

        // Ending the journey first makes a double submission of the form issue one code at most.
        if (!store.EndJourney(journey))
        {
            return JourneyNotFound();
        }

        return decision == "grant" ? Grant(journey.Request, user) : Deny(journey.Request, user);
    }

    private RedirectHttpResult Grant(AuthorizationRequest request, HmrcTestUser user)
    {
        var code = store.IssueCode(request, user);
        logger.AuthorizationCodeIssued(request.ClientId, user.UserId);

        return RedirectToClient(request, new Dictionary<string, string?> { ["code"] = code });
    }

    private RedirectHttpResult Deny(AuthorizationRequest request, HmrcTestUser user)
    {
        logger.AuthorizationDenied(user.UserId, request.ClientId);

        return RedirectToClient(request, new Dictionary<string, string?>
        {
            ["error"] = "access_denied",
            ["error_description"] = "user denied the authorization",
            ["error_code"] = "USER_DENIED_AUTHORIZATION",
        });
    }

    private static RedirectHttpResult RedirectToClient(
        AuthorizationRequest request,
        Dictionary<string, string?> parameters)
    {
        if (!string.IsNullOrEmpty(request.State))
        {
            parameters["state"] = request.State;
        }

        // AddQueryString keeps any query the registered redirect URI already has.
        return TypedResults.Redirect(QueryHelpers.AddQueryString(request.RedirectUri, parameters));
    }

    private static IResult ErrorResult(HttpContext context, OAuthError error)
    {
        var acceptsHtml = context.Request.GetTypedHeaders().Accept
            .Any(accept => accept.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
        if (acceptsHtml)
        {
            return HtmlPage.Result(HmrcPages.Error(error.StatusCode, error.Error, error.Description), error.StatusCode);
        }

        return Results.Json(
            new OAuthErrorResponse(error.Error, error.Description), statusCode: error.StatusCode);
    }

    private static IResult JourneyNotFound() =>
        HtmlPage.Result(HmrcPages.JourneyNotFound(), StatusCodes.Status400BadRequest);
}
