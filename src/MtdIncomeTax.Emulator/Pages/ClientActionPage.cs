using System.Globalization;
using System.Text;
using MtdIncomeTax.Emulator.Agents;
using MtdIncomeTax.Emulator.Api.Agents;
using MtdIncomeTax.Emulator.Users;
using static MtdIncomeTax.Emulator.Pages.HtmlPage;

namespace MtdIncomeTax.Emulator.Pages;

/// <summary>
/// The page an invitation's clientActionUrl opens: GET /appoint-someone-to-deal-with-HMRC-for-you/{id}.
/// Like HMRC's page, it has the client sign in with the Government Gateway user of the NINO the
/// request is for, then to accept or reject it. Agent Authorisation Test Support does the same
/// without a sign-in.
/// </summary>
internal static class ClientActionPage
{
    private const string Banner = "HMRC sandbox - MtdIncomeTax emulator";
    private const string Title = "Authorise an agent";

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet(InvitationJson.ClientActionPath + "{invitationId}",
            (string invitationId, AgentAuthorisationStore store, TimeProvider timeProvider) =>
                store.FindInvitation(invitationId) is { } invitation
                    ? Result(Render(invitation, timeProvider.GetUtcNow(), problem: null))
                    : NotFound());
        routes.MapPost(InvitationJson.ClientActionPath + "{invitationId}",
            async (string invitationId, HttpContext context, AgentAuthorisationStore store, HmrcUserRegistry users, TimeProvider timeProvider) =>
            {
                var form = await context.Request.ReadFormAsync(context.RequestAborted);
                return Respond(invitationId, form, store, users, timeProvider.GetUtcNow());
            });
    }

    private static IResult Respond(string invitationId, IFormCollection form, AgentAuthorisationStore store, HmrcUserRegistry users, DateTimeOffset now)
    {
        var invitation = store.FindInvitation(invitationId);
        if (invitation is null)
        {
            return NotFound();
        }

        var user = users.SignIn(form["userId"].ToString(), form["password"].ToString());
        if (user is null)
        {
            return Result(Render(invitation, now, "The User ID or password you entered is not correct."), StatusCodes.Status400BadRequest);
        }

        if (user.Nino != invitation.Nino)
        {
            return Result(
                Render(invitation, now, "This request is for another client. Sign in with the User ID of the client it was sent to."),
                StatusCodes.Status403Forbidden);
        }

        var decision = form["decision"].ToString();
        if (decision is not ("accept" or "reject"))
        {
            return Result(Render(invitation, now, "Choose whether to accept or reject the request."), StatusCodes.Status400BadRequest);
        }

        var result = store.Answer(invitationId, decision == "accept");
        if (result == RespondResult.NotPending)
        {
            return Result(Render(invitation, now, "This request has already been answered, cancelled or has expired."), StatusCodes.Status409Conflict);
        }

        var answered = store.FindInvitation(invitationId)!;
        return Result(Render(answered, now, problem: null));
    }

    private static IResult NotFound() =>
        Result(HtmlPage.Render(Banner, "Page not found",
            "<h1>Page not found</h1>\n<p>There is no authorisation request with this link.</p>\n"),
            StatusCodes.Status404NotFound);

    private static string Render(Invitation invitation, DateTimeOffset now, string? problem)
    {
        var status = invitation.StatusAt(now);
        var body = new StringBuilder();
        body.Append("<h1>").Append(Title).Append("</h1>\n");
        if (problem is not null)
        {
            body.Append("<div class=\"error\" role=\"alert\">\n<h2>There is a problem</h2>\n<p>")
                .Append(Encode(problem)).Append("</p>\n</div>\n");
        }

        body.Append("<p>The agent with reference number <strong>").Append(Encode(invitation.Arn))
            .Append("</strong> asks for your authorisation to act for you as your ")
            .Append(InvitationJson.AgentTypeName(invitation.AgentType)).Append(" agent for Income Tax.</p>\n");
        body.Append("<dl>\n<dt>Request</dt><dd>").Append(Encode(invitation.Id)).Append("</dd>\n");
        body.Append("<dt>Status</dt><dd>").Append(status).Append("</dd>\n");
        body.Append("<dt>Expires (UTC)</dt><dd>")
            .Append(invitation.ExpiresAt.UtcDateTime.ToString("d MMMM yyyy HH:mm", CultureInfo.InvariantCulture))
            .Append("</dd>\n</dl>\n");
        if (status == InvitationStatus.Pending)
        {
            AppendResponseForm(body, invitation);
        }

        return HtmlPage.Render(Banner, problem is null ? Title : "Error: " + Title, body.ToString());
    }

    private static void AppendResponseForm(StringBuilder body, Invitation invitation)
    {
        body.Append("<p>Sign in with the client's User ID to respond. Software can also accept the request with PUT, ")
            .Append("or reject it with DELETE, on <code>/agent-authorisation-test-support/invitations/")
            .Append(Encode(invitation.Id)).Append("</code>.</p>\n");
        body.Append("<form method=\"post\" action=\"").Append(Encode(InvitationJson.ClientActionPath + invitation.Id)).Append("\">\n");
        body.Append("<label for=\"user-id\">User ID</label>\n");
        body.Append("<input type=\"text\" id=\"user-id\" name=\"userId\" autocomplete=\"username\">\n");
        body.Append("<label for=\"password\">Password</label>\n");
        body.Append("<input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\">\n");
        body.Append("<button class=\"button\" type=\"submit\" name=\"decision\" value=\"accept\">Accept</button>\n");
        body.Append("<button class=\"button secondary\" type=\"submit\" name=\"decision\" value=\"reject\">Reject</button>\n</form>\n");
    }
}
