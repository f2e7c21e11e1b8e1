using System.Net;
using MtdIncomeTax.IntegrationTests.Infrastructure;

namespace MtdIncomeTax.IntegrationTests;

public sealed class PagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Unknown_address_explains_page_not_found()
    {
        using var client = app.CreateClientFor("pages-user");

        var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Requests_are_logged()
    {
        using var client = app.CreateClientFor("pages-user");

        await client.GetAsync("/connect");

        Assert.Contains(app.Logs.Lines, line => line.Contains("responded 200", StringComparison.Ordinal) && line.Contains("/connect", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stale_form_explains_what_to_do()
    {
        using var client = app.CreateClientFor("pages-user");

        var response = await client.PostAsync("/connect", new FormUrlEncodedContent(new Dictionary<string, string> { ["nino"] = "AA123456A" }));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Your request could not be sent", page);
        Assert.Contains("Nothing was changed", page);
    }

    [Fact]
    public async Task Pages_forbid_framing_and_referrers()
    {
        using var client = app.CreateClientFor("pages-user");

        var response = await client.GetAsync("/connect");

        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }
}
