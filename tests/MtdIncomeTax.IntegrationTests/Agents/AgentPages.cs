using System.Net;
using System.Text;
using MtdIncomeTax.IntegrationTests.Infrastructure;

namespace MtdIncomeTax.IntegrationTests.Agents;

/// <summary>Drives the agent pages as a browser would: forms carry the antiforgery token of the page they sit on.</summary>
public static class AgentPages
{
    public static async Task<HttpResponseMessage> PostFormAsync(
        HttpClient client, string pagePath, string action, Dictionary<string, string>? fields = null)
    {
        var token = await LinkJourney.AntiforgeryTokenAsync(client, pagePath);
        var form = new Dictionary<string, string>(fields ?? []) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(action, new FormUrlEncodedContent(form));
    }

    public static Task<HttpResponseMessage> AddClientAsync(
        HttpClient client, string name, string nino, string postcode, string agentType = "main") =>
        PostFormAsync(client, "/clients", "/clients", new Dictionary<string, string>
        {
            ["Name"] = name,
            ["Nino"] = nino,
            ["Postcode"] = postcode,
            ["AgentType"] = agentType,
        });

    /// <summary>Adds a client and opens the list it returns to, as the browser would.</summary>
    public static async Task SeedClientAsync(HttpClient client, string name, string nino, string postcode, string agentType = "main")
    {
        using var response = await AddClientAsync(client, name, nino, postcode, agentType);
        await FollowAsync(client, response);
    }

    /// <summary>Uploads the text as a CSV file, with a byte order mark when asked, as a spreadsheet may save it.</summary>
    public static Task<HttpResponseMessage> ImportAsync(HttpClient client, string csv, bool byteOrderMark = false) =>
        ImportAsync(client, new UTF8Encoding(byteOrderMark).GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray());

    /// <summary>Uploads the file's bytes as they are, for files in other encodings.</summary>
    public static async Task<HttpResponseMessage> ImportAsync(HttpClient client, byte[] bytes)
    {
        var token = await LinkJourney.AntiforgeryTokenAsync(client, "/clients");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(bytes), "file", "clients.csv" },
        };
        return await client.PostAsync("/clients/import", content);
    }

    /// <summary>Follows one redirect and returns the page it leads to.</summary>
    public static async Task<string> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await client.GetStringAsync(response.Headers.Location);
    }

    /// <summary>The page's text with markup removed and spaces collapsed, to match sentences across tags.</summary>
    public static string Text(string html) =>
        WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(
            System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", " "), @"\s+", " "));
}
