using System.Globalization;
using System.Text;
using MtdIncomeTax.Emulator.Agents;
using MtdIncomeTax.Emulator.Api.Agents;
using static MtdIncomeTax.Emulator.Pages.HtmlPage;

namespace MtdIncomeTax.Emulator.Pages;

/// <summary>
/// The page an invitation's clientActionUrl opens: GET /appoint-someone-to-deal-with-HMRC-for-you/{id}.
/// HMRC's page signs the client in to accept or reject; this one only describes the request and
/// shows how to accept or reject it through Agent Authorisation Test Support.
/// </summary>
internal static class ClientActionPage
{
    private const string Banner = "HMRC sandbox - MtdIncomeTax emulator";
    private const string Title = "Authorise an agent";

    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet(InvitationJson.ClientActionPath + "{invitationId}",
            (string invitationId, AgentAuthorisationStore store, TimeProvider timeProvider) =>
                store.FindInvitation(invitationId) is { } invitation
                    ? Result(Render(invitation, timeProvider.GetUtcNow()))
                    : Result(HtmlPage.Render(Banner, "Page not found",
                        "<h1>Page not found</h1>\n<p>There is no authorisation request with this link.</p>\n"),
                        StatusCodes.Status404NotFound));

    private static string Render(Invitation invitation, DateTimeOffset now)
    {
        var status = invitation.StatusAt(now);
        var body = new StringBuilder();
        body.Append("<h1>").Append(Title).Append("</h1>\n");
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
            body.Append("<p>This emulator has no client sign-in for this step. Accept the request with PUT, ")
                .Append("or reject it with DELETE, on <code>/agent-authorisation-test-support/invitations/")
                .Append(Encode(invitation.Id)).Append("</code>.</p>\n");
        }

        return HtmlPage.Render(Banner, Title, body.ToString());
    }
}
