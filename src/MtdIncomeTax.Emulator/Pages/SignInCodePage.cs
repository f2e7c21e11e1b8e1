using System.Text;
using MtdIncomeTax.Emulator.Users;
using static MtdIncomeTax.Emulator.Pages.HtmlPage;

namespace MtdIncomeTax.Emulator.Pages;

/// <summary>The development provider's second-factor page, which shows the code it pretends to have emailed.</summary>
internal static class SignInCodePage
{
    private const string Banner = "Development sign-in - MtdIncomeTax emulator";

    public static string Render(string challengeId, string code, DevelopmentPerson person, bool failed)
    {
        var body = new StringBuilder();
        body.Append("<h1>Enter your sign-in code</h1>\n");
        if (failed)
        {
            body.Append("<div class=\"error\" role=\"alert\">\n<h2>There is a problem</h2>\n");
            body.Append("<p>The code you entered is not correct.</p>\n</div>\n");
        }

        body.Append("<p>We sent a 6-digit code to ").Append(Encode(person.Email)).Append(".</p>\n");
        body.Append("<div class=\"panel\"><p>This development provider sends no email. Your code is <strong id=\"sign-in-code-shown\">")
            .Append(Encode(code)).Append("</strong>.</p></div>\n");
        body.Append("<form method=\"post\" action=\"/connect/sign-in/code\">\n");
        body.Append("<input type=\"hidden\" name=\"challenge\" value=\"").Append(Encode(challengeId)).Append("\">\n");
        body.Append("<label for=\"code\">Sign-in code</label>\n");
        body.Append("<input type=\"text\" id=\"code\" name=\"code\" inputmode=\"numeric\" autocomplete=\"one-time-code\">\n");
        body.Append("<button class=\"button\" type=\"submit\" name=\"action\" value=\"verify\">Continue</button>\n");
        body.Append("<button class=\"button secondary\" type=\"submit\" name=\"action\" value=\"skip\">Sign in without a code</button>\n");
        body.Append("</form>\n");
        body.Append("<p>Signing in without a code leaves MtdIncomeTax with no second factor to report to HMRC.</p>\n");

        return HtmlPage.Render(Banner, failed ? "Error: Enter your sign-in code" : "Enter your sign-in code", body.ToString());
    }

    public static string Expired()
    {
        const string Body = """
            <h1>Sign-in code expired</h1>
            <p>The code has expired or was entered wrongly too many times. Start signing in again from the MtdIncomeTax web app.</p>

            """;

        return HtmlPage.Render(Banner, "Sign-in code expired", Body);
    }
}
