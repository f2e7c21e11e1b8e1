using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace MtdIncomeTax.IntegrationTests.Infrastructure;

/// <summary>Drives the app's side of the link journey as a browser would.</summary>
public static partial class LinkJourney
{
    /// <summary>Submits the NINO on the Connect page and returns the redirect to HMRC and its query.</summary>
    public static async Task<(Uri AuthorizeUrl, Dictionary<string, string> Query)> StartAsync(HttpClient client, string nino = "AA123456A")
    {
        var response = await PostConnectAsync(client, nino);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var location = response.Headers.Location!;
        var query = QueryHelpers.ParseQuery(location.Query).ToDictionary(pair => pair.Key, pair => pair.Value.ToString());
        return (location, query);
    }

    public static async Task<HttpResponseMessage> PostConnectAsync(HttpClient client, string nino)
    {
        var token = await AntiforgeryTokenAsync(client, "/connect");
        return await client.PostAsync("/connect", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["nino"] = nino,
            ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>
    /// Opens the callback as HMRC's redirect would. An unsuccessful outcome moves on to
    /// /connect/result, which is followed, so the page that explains it is returned.
    /// </summary>
    public static async Task<HttpResponseMessage> CallbackAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/hmrc/callback?" + query);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString != "/connect/result")
        {
            return response;
        }

        response.Dispose();
        return await client.GetAsync("/connect/result");
    }

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        var page = await client.GetStringAsync(path);
        return AntiforgeryField().Match(page).Groups[1].Value;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
