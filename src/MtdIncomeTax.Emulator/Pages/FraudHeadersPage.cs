using System.Globalization;
using System.Text;
using MtdIncomeTax.Emulator.FraudPrevention;
using static MtdIncomeTax.Emulator.Pages.HtmlPage;

namespace MtdIncomeTax.Emulator.Pages;

/// <summary>The emulator's page of fraud prevention header checks, one row per API request, newest first.</summary>
internal static class FraudHeadersPage
{
    private const string Banner = "MtdIncomeTax emulator";

    public static string Render(IReadOnlyList<FraudHeaderRecord> records)
    {
        var body = new StringBuilder();
        body.Append("<h1>Fraud prevention headers</h1>\n");
        body.Append("<p>The emulator checks the fraud prevention headers of every API request it receives, as HMRC's ");
        body.Append("Test Fraud Prevention Headers API does for the WEB_APP_VIA_SERVER connection method. A failed check never fails the request.</p>\n");
        if (records.Count == 0)
        {
            body.Append("<p>No API requests received yet.</p>\n");
            return HtmlPage.Render(Banner, "Fraud prevention headers", body.ToString());
        }

        body.Append("<p>The latest ").Append(records.Count.ToString(CultureInfo.InvariantCulture)).Append(" requests, newest first.</p>\n");
        body.Append("<table>\n<caption>Header checks of API requests</caption>\n<thead><tr><th scope=\"col\">Received (UTC)</th>");
        body.Append("<th scope=\"col\">Request</th><th scope=\"col\">Result</th><th scope=\"col\">Findings</th></tr></thead>\n<tbody>\n");
        foreach (var record in records)
        {
            body.Append("<tr><td>").Append(Encode(record.ReceivedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)))
                .Append("</td><td>").Append(Encode(record.Method)).Append(' ').Append(Encode(record.Path))
                .Append("<br>").Append(Encode(record.Api)).Append(", HTTP ").Append(record.StatusCode.ToString(CultureInfo.InvariantCulture))
                .Append("</td><td>").Append(Encode(record.Report.Code)).Append("</td><td>");
            AppendFindings(body, "Error", record.Report.Errors);
            AppendFindings(body, "Warning", record.Report.Warnings);
            body.Append("</td></tr>\n");
        }

        body.Append("</tbody>\n</table>\n");
        return HtmlPage.Render(Banner, "Fraud prevention headers", body.ToString());
    }

    private static void AppendFindings(StringBuilder body, string severity, IReadOnlyList<HeaderIssue>? issues)
    {
        foreach (var issue in issues ?? [])
        {
            body.Append(severity).Append(' ').Append(Encode(issue.Code)).Append(": ").Append(Encode(issue.Message))
                .Append(" (").Append(Encode(string.Join(", ", issue.Headers))).Append(")<br>");
        }
    }
}
