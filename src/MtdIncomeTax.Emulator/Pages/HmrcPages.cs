using System.Text;
using MtdIncomeTax.Emulator.OAuth;
using MtdIncomeTax.Emulator.Users;
using static MtdIncomeTax.Emulator.Pages.HtmlPage;

namespace MtdIncomeTax.Emulator.Pages;

/// <summary>The pages of the HMRC authorisation journey, modelled on HMRC's own but plainer.</summary>
internal static class HmrcPages
{
    private const string Banner = "HMRC sandbox - MtdIncomeTax emulator";

    public static string Start(Journey journey)
    {
        var body = new StringBuilder();
        body.Append("<h1>Authorise software</h1>\n");
        body.Append("<p>The software <strong>").Append(Encode(journey.Request.ClientId))
            .Append("</strong> is requesting authority to interact with HMRC on your behalf.</p>\n");
        body.Append("<p>To continue, sign in with your Government Gateway user ID.</p>\n");
        body.Append("<a class=\"button\" href=\"").Append(Encode(SignInPath(journey)))
            .Append("\">Continue</a>\n");

        return Render(Banner, "Authorise software", body.ToString());
    }

    public static string SignIn(Journey journey, string? enteredUserId, bool failed)
    {
        var body = new StringBuilder();
        body.Append("<h1>Sign in</h1>\n");
        if (failed)
        {
            body.Append("<div class=\"error\" role=\"alert\">\n<h2>There is a problem</h2>\n");
            body.Append("<p>The User ID or password you entered is not correct.</p>\n</div>\n");
        }

        body.Append("<form method=\"post\" action=\"").Append(Encode(SignInPath(journey))).Append("\">\n");
        body.Append("<label for=\"user-id\">User ID</label>\n");
        body.Append("<input type=\"text\" id=\"user-id\" name=\"userId\" autocomplete=\"username\" value=\"")
            .Append(Encode(enteredUserId ?? "")).Append("\">\n");
        body.Append("<label for=\"password\">Password</label>\n");
        body.Append("<input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\">\n");
        body.Append("<button class=\"button\" type=\"submit\">Sign in</button>\n</form>\n");
        AppendTestUsers(body);

        return Render(Banner, failed ? "Error: Sign in" : "Sign in", body.ToString());
    }

    public static string Grant(Journey journey, HmrcTestUser user)
    {
        var body = new StringBuilder();
        body.Append("<h1>Grant authority</h1>\n");
        body.Append("<p>You are signed in as ").Append(Encode(user.Name)).Append(".</p>\n");
        body.Append("<p>The software <strong>").Append(Encode(journey.Request.ClientId))
            .Append("</strong> will be able to:</p>\n<ul>\n");
        foreach (var scope in journey.Request.Scopes)
        {
            body.Append("<li>").Append(Encode(HmrcScopes.Describe(scope))).Append("</li>\n");
        }

        body.Append("</ul>\n<p>You can remove this authority at any time.</p>\n");
        body.Append("<form method=\"post\" action=\"").Append(Encode(GrantPath(journey))).Append("\">\n");
        body.Append("<button class=\"button\" type=\"submit\" name=\"decision\" value=\"grant\">Grant authority</button>\n");
        body.Append("<button class=\"button secondary\" type=\"submit\" name=\"decision\" value=\"deny\">")
            .Append("Do not grant authority</button>\n</form>\n");

        return Render(Banner, "Grant authority", body.ToString());
    }

    public static string Error(int statusCode, string error, string description)
    {
        var body = new StringBuilder();
        body.Append("<h1>There is a problem with this request</h1>\n");
        body.Append("<p>HMRC could not start the authorisation. Ask the software provider to fix the request.</p>\n");
        body.Append("<dl>\n<dt>Status</dt>\n<dd>").Append(statusCode).Append("</dd>\n");
        body.Append("<dt>Error</dt>\n<dd><code>").Append(Encode(error)).Append("</code></dd>\n");
        body.Append("<dt>Description</dt>\n<dd>").Append(Encode(description)).Append("</dd>\n</dl>\n");

        return Render(Banner, "Error: " + error, body.ToString());
    }

    public static string JourneyNotFound()
    {
        const string Body = """
            <h1>This authorisation request has ended</h1>
            <p>It was finished, has expired or was never started here. Go back to the software and start again.</p>

            """;

        return Render(Banner, "Authorisation request ended", Body);
    }

    public static string SignInPath(Journey journey) => $"/oauth/journey/{journey.Id}/sign-in";

    public static string GrantPath(Journey journey) => $"/oauth/journey/{journey.Id}/grant";

    private static void AppendTestUsers(StringBuilder body)
    {
        body.Append("<section class=\"panel\" aria-labelledby=\"test-users\">\n");
        body.Append("<h2 id=\"test-users\">Test users</h2>\n");
        body.Append("<p>This is a local emulator. Sign in as one of these seeded users.</p>\n");
        body.Append("<table>\n<thead><tr><th scope=\"col\">User ID</th><th scope=\"col\">Password</th>");
        body.Append("<th scope=\"col\">Name</th><th scope=\"col\">Account</th><th scope=\"col\">Identifier</th></tr></thead>\n<tbody>\n");
        foreach (var user in TestUsers.HmrcUsers)
        {
            var identifier = user.AccountType == HmrcAccountType.Agent
                ? user.AgentReferenceNumber is null ? "no agent services account" : "ARN " + user.AgentReferenceNumber
                : $"NINO {user.Nino}, postcode {user.Postcode}"
                    + (user.IsSignedUpToMtd ? "" : ", not signed up to MTD");
            body.Append("<tr><td>").Append(Encode(user.UserId)).Append("</td><td>").Append(Encode(user.Password))
                .Append("</td><td>").Append(Encode(user.Name)).Append("</td><td>").Append(user.AccountType)
                .Append("</td><td>").Append(Encode(identifier)).Append("</td></tr>\n");
        }

        body.Append("</tbody>\n</table>\n</section>\n");
    }
}
