using System.Text;
using System.Text.Encodings.Web;

namespace MtdIncomeTax.Emulator.Pages;

/// <summary>
/// Builds the emulator's HTML pages: one layout with a banner, a main landmark and a small
/// inline stylesheet whose colours meet WCAG AA contrast. Every value from outside goes
/// through Encode.
/// </summary>
internal static class HtmlPage
{
    private const string Stylesheet = """
        body { margin: 0; font-family: Arial, Helvetica, sans-serif; line-height: 1.5; color: #0b0c0c; background: #fff; }
        header { background: #0b0c0c; color: #fff; padding: 0.75rem 1.5rem; font-weight: bold; }
        main { max-width: 42rem; margin: 0 auto; padding: 1.5rem; }
        h1 { font-size: 2rem; margin-top: 0.5rem; }
        label { display: block; font-weight: bold; margin-top: 1rem; }
        input[type=text], input[type=password] { display: block; width: 100%; max-width: 20rem; padding: 0.4rem; font-size: 1rem; border: 2px solid #0b0c0c; }
        .button { display: inline-block; margin: 1.5rem 0.75rem 0 0; padding: 0.5rem 1rem; font-size: 1rem; border: 0; border-bottom: 2px solid #002d18; background: #00703c; color: #fff; text-decoration: none; cursor: pointer; }
        .button.secondary { background: #f3f2f1; color: #0b0c0c; border-bottom-color: #929191; }
        :focus { outline: 3px solid #ffdd00; outline-offset: 0; }
        a { color: #1d70b8; }
        .error { border: 4px solid #b10e1e; padding: 0.5rem 1rem; margin-bottom: 1rem; }
        .error p { color: #b10e1e; font-weight: bold; }
        .panel { background: #f3f2f1; padding: 0.5rem 1rem 1rem; margin-top: 2.5rem; }
        table { border-collapse: collapse; }
        th, td { text-align: left; padding: 0.25rem 1rem 0.25rem 0; border-bottom: 1px solid #6f777b; }
        dt { font-weight: bold; }
        """;

    public static string Encode(string value) => HtmlEncoder.Default.Encode(value);

    /// <summary>Returns a whole HTML document. bodyHtml must already be encoded.</summary>
    public static string Render(string banner, string title, string bodyHtml)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(Encode(title)).Append(" - ").Append(Encode(banner)).Append("</title>\n");
        html.Append("<style>\n").Append(Stylesheet).Append("</style>\n</head>\n<body>\n");
        html.Append("<header>").Append(Encode(banner)).Append("</header>\n");
        html.Append("<main>\n").Append(bodyHtml).Append("</main>\n</body>\n</html>\n");

        return html.ToString();
    }

    public static IResult Result(string html, int statusCode = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, statusCode);
}
