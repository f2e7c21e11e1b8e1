using System.Text;
using MtdIncomeTax.Emulator.Users;
using static MtdIncomeTax.Emulator.Pages.HtmlPage;

namespace MtdIncomeTax.Emulator.Pages;

/// <summary>The development OpenID Connect provider's sign-in page, with the seeded people listed.</summary>
internal static class DevelopmentSignInPage
{
    private const string Banner = "Development sign-in - MtdIncomeTax emulator";

    public static string Render(string returnUrl, string? enteredUsername, bool failed)
    {
        var body = new StringBuilder();
        body.Append("<h1>Development sign-in</h1>\n");
        if (failed)
        {
            body.Append("<div class=\"error\" role=\"alert\">\n<h2>There is a problem</h2>\n");
            body.Append("<p>The username or password you entered is not correct.</p>\n</div>\n");
        }

        body.Append("<p>This is the MtdIncomeTax emulator's sign-in for local development, not a real identity provider.</p>\n");
        body.Append("<form method=\"post\" action=\"/connect/sign-in\">\n");
        body.Append("<input type=\"hidden\" name=\"returnUrl\" value=\"").Append(Encode(returnUrl)).Append("\">\n");
        body.Append("<label for=\"username\">Username</label>\n");
        body.Append("<input type=\"text\" id=\"username\" name=\"username\" autocomplete=\"username\" value=\"")
            .Append(Encode(enteredUsername ?? "")).Append("\">\n");
        body.Append("<label for=\"password\">Password</label>\n");
        body.Append("<input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\">\n");
        body.Append("<button class=\"button\" type=\"submit\">Sign in</button>\n</form>\n");
        AppendPeople(body);

        return HtmlPage.Render(Banner, failed ? "Error: Sign in" : "Sign in", body.ToString());
    }

    public static string InvalidReturnUrl()
    {
        const string Body = """
            <h1>Sign-in link not valid</h1>
            <p>Start signing in from the MtdIncomeTax web app.</p>

            """;

        return HtmlPage.Render(Banner, "Sign-in link not valid", Body);
    }

    private static void AppendPeople(StringBuilder body)
    {
        body.Append("<section class=\"panel\" aria-labelledby=\"people\">\n<h2 id=\"people\">Seeded people</h2>\n");
        body.Append("<table>\n<thead><tr><th scope=\"col\">Username</th><th scope=\"col\">Password</th>");
        body.Append("<th scope=\"col\">Name</th><th scope=\"col\">Email</th><th scope=\"col\">Role</th></tr></thead>\n<tbody>\n");
        foreach (var person in TestUsers.People)
        {
            body.Append("<tr><td>").Append(Encode(person.Username)).Append("</td><td>").Append(Encode(person.Password))
                .Append("</td><td>").Append(Encode(person.Name)).Append("</td><td>").Append(Encode(person.Email))
                .Append("</td><td>").Append(Encode(person.Role)).Append("</td></tr>\n");
        }

        body.Append("</tbody>\n</table>\n</section>\n");
    }
}
