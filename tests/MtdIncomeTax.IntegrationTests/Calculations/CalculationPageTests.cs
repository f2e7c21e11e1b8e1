using System.Net;
using MtdIncomeTax.Hmrc;
using MtdIncomeTax.IntegrationTests.Infrastructure;
using static MtdIncomeTax.IntegrationTests.Infrastructure.IncomeTaxStubs;

namespace MtdIncomeTax.IntegrationTests.Calculations;

/// <summary>Asking HMRC for an in-year calculation, waiting for it, and reading it.</summary>
public sealed class CalculationPageTests(AppFactory app) : IClassFixture<AppFactory>, IDisposable
{
    private readonly string _user = "user-" + Guid.NewGuid().ToString("N");

    private TaxYear ThisYear => TaxYear.Containing(DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime));

    [Fact]
    public async Task Calculation_shown_when_ready()
    {
        using var client = await LinkAsync();
        app.Hmrc.CalculationTriggered(ThisYear);
        app.Hmrc.CalculationAnswers(ThisYear, 404, new { code = "MATCHING_RESOURCE_NOT_FOUND", message = "Matching resource not found" });

        var requested = await RequestAsync(client, ThisYear.Value);
        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        var showPath = requested.Headers.Location!.OriginalString;
        Assert.Equal($"/calculations/{ThisYear}/{SampleCalculationId}", showPath);

        Assert.Contains("HMRC is working out your calculation", await client.GetStringAsync(showPath));
        Assert.Contains("HMRC is working out your calculation", await client.GetStringAsync(showPath));
        Assert.Contains("\"state\":\"pending\"", await client.GetStringAsync(showPath + "/status"));

        app.Hmrc.CalculationAnswers(ThisYear, 200, SampleCalculation(ThisYear));
        Assert.Contains("\"state\":\"ready\"", await client.GetStringAsync(showPath + "/status"));
        var page = await client.GetStringAsync(showPath);

        Assert.Contains($"Your tax calculation for {ThisYear}", page);
        Assert.Contains("£26,650.00", page);
        Assert.Contains("£2,816.00", page);
        Assert.Contains("£844.80", page);
        Assert.Contains("£3,660.80", page);
        Assert.Contains("Your Class 2 National Insurance contributions are voluntary", page);
    }

    [Fact]
    public async Task Unknown_calculation_id_not_awaited()
    {
        using var client = await LinkAsync();
        app.Hmrc.CalculationAnswers(ThisYear, 404, new { code = "MATCHING_RESOURCE_NOT_FOUND", message = "Matching resource not found" });

        var response = await client.GetAsync($"/calculations/{ThisYear}/{SampleCalculationId}");
        var status = await client.GetStringAsync($"/calculations/{ThisYear}/{SampleCalculationId}/status");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("We could not find that calculation", await response.Content.ReadAsStringAsync());
        Assert.Contains("\"state\":\"failed\"", status);
    }

    [Fact]
    public async Task Rejected_calculation_explained()
    {
        using var client = await LinkAsync();
        Json(app.Hmrc, WireMock.RequestBuilders.Request.Create().WithPath($"/individuals/calculations/{SamNino}/self-assessment/{ThisYear}/trigger/in-year").UsingPost(),
            400, new { code = "RULE_NO_INCOME_SUBMISSIONS_EXIST", message = "No income submissions exist" });

        var response = await RequestAsync(client, ThisYear.Value);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("HMRC has no updates for this tax year yet", page);
        Assert.Contains("Send a quarterly update first", page);
    }

    [Theory]
    [InlineData("2019-21")]
    [InlineData("not-a-year")]
    [InlineData("2015-16")]
    public async Task Unoffered_tax_year_rejected(string taxYear)
    {
        using var client = await LinkAsync();

        var response = await RequestAsync(client, taxYear);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Choose a tax year", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(app.Hmrc.LogEntries, entry => entry.RequestMessage.Path.Contains("/trigger/", StringComparison.Ordinal));
    }

    public void Dispose() => app.Hmrc.Reset();

    private static async Task<HttpResponseMessage> RequestAsync(HttpClient client, string taxYear)
    {
        var token = await LinkJourney.AntiforgeryTokenAsync(client, "/calculations/new");
        return await client.PostAsync("/calculations", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["taxYear"] = taxYear,
            ["__RequestVerificationToken"] = token,
        }));
    }

    private async Task<HttpClient> LinkAsync()
    {
        app.Hmrc.TokenEndpointIssues();
        var client = app.CreateClientFor(_user);
        var (_, query) = await LinkJourney.StartAsync(client, SamNino);
        var callback = await LinkJourney.CallbackAsync(client, $"code=code-1&state={query["state"]}");
        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        return client;
    }
}
