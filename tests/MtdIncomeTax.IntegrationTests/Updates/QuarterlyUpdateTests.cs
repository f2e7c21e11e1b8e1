using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MtdIncomeTax.Data;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Hmrc;
using MtdIncomeTax.IntegrationTests.Infrastructure;
using static MtdIncomeTax.IntegrationTests.Infrastructure.IncomeTaxStubs;

namespace MtdIncomeTax.IntegrationTests.Updates;

/// <summary>The dashboard's obligations and the quarterly update journey against HMRC stubs and a real database.</summary>
public sealed class QuarterlyUpdateTests(AppFactory app) : IClassFixture<AppFactory>, IDisposable
{
    private static readonly string[] TurnoverPath = ["/periodIncome/turnover"];

    private readonly string _user = "user-" + Guid.NewGuid().ToString("N");

    private TaxYear LastYear => TaxYear.Containing(DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime)).Previous;

    private string FirstQuarterEnd => Iso(QuarterEnd(LastYear, 1));

    [Fact]
    public async Task Dashboard_lists_quarters_and_declaration()
    {
        using var client = await LinkAsync();

        var page = await client.GetStringAsync($"/dashboard?taxYear={LastYear}");

        Assert.Contains($"Showing the {LastYear} tax year", page);
        Assert.Contains("Received", page);
        Assert.Contains("Overdue", page);
        Assert.Contains($"/updates/new?businessId={SelfEmploymentId}&amp;periodEnd={FirstQuarterEnd}", page);
        Assert.Contains($"/updates/new?businessId={PropertyId}&amp;periodEnd={FirstQuarterEnd}", page);
        Assert.Contains($"/updates/new?businessId={SelfEmploymentId}&amp;periodEnd={Iso(QuarterEnd(LastYear, 0))}\">Correct figures", page);
        Assert.Contains("Final declaration", page);
        Assert.Contains(Web.Display.Date(new DateOnly(LastYear.StartYear + 2, 1, 31)), page);
    }

    [Fact]
    public async Task Invalid_figures_save_nothing()
    {
        using var client = await LinkAsync();
        var token = await LinkJourney.AntiforgeryTokenAsync(client, NewUpdatePath());

        var response = await client.PostAsync("/updates/new", Form(token, ("turnover", "12.345"), ("adminCosts", "abc")));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("There is a problem", page);
        Assert.Contains("must have no more than 2 decimal places", page);
        Assert.Contains("value=\"12.345\"", page);
        Assert.Contains("value=\"abc\"", page);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Reviewed_update_sent_once()
    {
        using var client = await LinkAsync();
        app.Hmrc.SelfEmploymentUpdateAccepted(LastYear);
        var review = await ReviewAsync(client, ("turnover", "30,000"), ("costOfGoods", "3000"), ("costOfGoodsDisallowable", "100"));

        var reviewPage = await client.GetStringAsync(review);
        Assert.Contains("£30,000.00", reviewPage);
        Assert.Contains("£2,900.00", reviewPage);
        var send = await SendAsync(client, review, reviewPage);

        Assert.Equal(HttpStatusCode.Redirect, send.StatusCode);
        Assert.EndsWith("/receipt", send.Headers.Location!.OriginalString);
        var receipt = await client.GetStringAsync(send.Headers.Location);
        Assert.Contains("HMRC has your quarterly update", receipt);
        Assert.Contains(HmrcStubs.CorrelationId, receipt);

        var put = Assert.Single(app.Hmrc.Puts(SelfEmploymentPath(LastYear)));
        Assert.Equal("application/vnd.hmrc.5.0+json", put.RequestMessage.Headers!["Accept"].Single());
        using var body = JsonDocument.Parse(put.RequestMessage.Body!);
        Assert.Equal(Iso(LastYear.FirstDay), body.RootElement.GetProperty("periodDates").GetProperty("periodStartDate").GetString());
        Assert.Equal(FirstQuarterEnd, body.RootElement.GetProperty("periodDates").GetProperty("periodEndDate").GetString());
        Assert.Equal(30000m, body.RootElement.GetProperty("periodIncome").GetProperty("turnover").GetDecimal());
        Assert.Equal(3000m, body.RootElement.GetProperty("periodExpenses").GetProperty("costOfGoods").GetDecimal());
        Assert.Equal(100m, body.RootElement.GetProperty("periodDisallowableExpenses").GetProperty("costOfGoodsDisallowable").GetDecimal());

        // The same form sent again, as a double click or the back button would, sends nothing more.
        var again = await SendAsync(client, review, reviewPage);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Single(app.Hmrc.Puts(SelfEmploymentPath(LastYear)));
        Assert.Equal(QuarterlyUpdateStatus.Sent, (await OnlyUpdateAsync()).Status);
    }

    [Fact]
    public async Task Support_sees_sent_update_in_timeline()
    {
        using var client = await LinkAsync();
        app.Hmrc.SelfEmploymentUpdateAccepted(LastYear);
        var review = await ReviewAsync(client, ("turnover", "1200"));
        await SendAsync(client, review, await client.GetStringAsync(review));
        using var support = app.CreateClientFor("support-" + Guid.NewGuid().ToString("N"), "support");

        var page = await support.GetStringAsync($"/support/connections/{(await OnlyUpdateAsync()).ConnectionId}");

        Assert.Contains("Quarterly update received by HMRC", page);
        Assert.Contains(HmrcStubs.CorrelationId, page);
        Assert.DoesNotContain(HmrcStubs.AccessToken, page);
    }

    [Fact]
    public async Task Rejected_update_keeps_figures()
    {
        using var client = await LinkAsync();
        app.Hmrc.SelfEmploymentUpdateAnswers(LastYear, 400, new
        {
            code = "RULE_SUBMISSION_END_DATE_CANNOT_MOVE_BACKWARDS",
            message = "Submission end date cannot be earlier than existing submission",
        });
        var review = await ReviewAsync(client, ("turnover", "500"));

        var send = await SendAsync(client, review, await client.GetStringAsync(review));
        var page = await send.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, send.StatusCode);
        Assert.Contains("HMRC already has a later update", page);
        Assert.Contains(HmrcStubs.CorrelationId, page);
        var update = await OnlyUpdateAsync();
        Assert.Equal(QuarterlyUpdateStatus.Rejected, update.Status);
        Assert.Equal("RULE_SUBMISSION_END_DATE_CANNOT_MOVE_BACKWARDS", update.ErrorCode);
        Assert.Contains("\"turnover\":\"500\"", update.FiguresJson);
        Assert.Contains("value=\"500\"", await client.GetStringAsync(NewUpdatePath()));
    }

    [Fact]
    public async Task Format_error_blamed_on_us()
    {
        using var client = await LinkAsync();
        app.Hmrc.SelfEmploymentUpdateAnswers(LastYear, 400, new
        {
            code = "FORMAT_VALUE",
            message = "The value must be between 0 and 99999999999.99",
            paths = TurnoverPath,
        });
        var review = await ReviewAsync(client, ("turnover", "500"));

        var send = await SendAsync(client, review, await client.GetStringAsync(review));
        var page = await send.Content.ReadAsStringAsync();

        Assert.Contains("Something went wrong on our side", page);
        Assert.Contains("Turnover: takings, fees and sales: The value must be between 0 and 99999999999.99", page);
        var logged = Assert.Single(app.Logs.Lines, line => line.Contains("HMRC rejected quarterly update", StringComparison.Ordinal));
        Assert.StartsWith("[Error]", logged, StringComparison.Ordinal);
        Assert.Contains("/periodIncome/turnover", logged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unanswered_update_checked_before_resend()
    {
        using var client = await LinkAsync();
        app.Hmrc.SelfEmploymentUpdateAnswers(LastYear, 503, new { code = "SERVER_ERROR", message = "Service unavailable" });
        var review = await ReviewAsync(client, ("turnover", "750.25"), ("consolidatedExpenses", "100"));

        var send = await SendAsync(client, review, await client.GetStringAsync(review));
        var status = await client.GetStringAsync(send.Headers.Location);

        Assert.Contains("We do not know if HMRC received your update", status);
        Assert.Single(app.Hmrc.Puts(SelfEmploymentPath(LastYear)));
        Assert.Equal(QuarterlyUpdateStatus.OutcomeUnknown, (await OnlyUpdateAsync()).Status);

        app.Hmrc.SelfEmploymentUpdateHeld(LastYear, new
        {
            periodDates = new { periodStartDate = Iso(LastYear.FirstDay), periodEndDate = FirstQuarterEnd },
            periodIncome = new { turnover = 750.25m, other = 0m },
            periodExpenses = new { consolidatedExpenses = 100m },
        });
        var token = await LinkJourney.AntiforgeryTokenAsync(client, send.Headers.Location!.OriginalString);
        var check = await client.PostAsync(send.Headers.Location + "/check", Form(token));

        Assert.Equal(HttpStatusCode.Redirect, check.StatusCode);
        Assert.Contains("it holds exactly these figures", await client.GetStringAsync(check.Headers.Location));
        Assert.Equal(QuarterlyUpdateStatus.Sent, (await OnlyUpdateAsync()).Status);
        Assert.Single(app.Hmrc.Puts(SelfEmploymentPath(LastYear)));
    }

    [Fact]
    public async Task Unknown_outcome_blocks_new_update()
    {
        using var client = await LinkAsync();
        app.Hmrc.SelfEmploymentUpdateAnswers(LastYear, 500, new { code = "INTERNAL_SERVER_ERROR", message = "An internal server error occurred" });
        var review = await ReviewAsync(client, ("turnover", "888"));
        var send = await SendAsync(client, review, await client.GetStringAsync(review));

        var again = await client.GetAsync(NewUpdatePath());

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(send.Headers.Location!.OriginalString, again.Headers.Location!.OriginalString);
        Assert.Contains("Check with HMRC", await client.GetStringAsync(again.Headers.Location));
        Assert.Single(app.Hmrc.Puts(SelfEmploymentPath(LastYear)));
    }

    [Fact]
    public async Task Sent_update_supersedes_earlier_drafts()
    {
        using var client = await LinkAsync();
        app.Hmrc.SelfEmploymentUpdateAccepted(LastYear);
        var earlier = await ReviewAsync(client, ("turnover", "100"), ("periodEnd", Iso(QuarterEnd(LastYear, 0))));
        var later = await ReviewAsync(client, ("turnover", "300"), ("periodEnd", Iso(QuarterEnd(LastYear, 2))));
        var current = await ReviewAsync(client, ("turnover", "200"));

        await SendAsync(client, current, await client.GetStringAsync(current));
        var earlierPage = await client.GetStringAsync(earlier);
        var resend = await SendAsync(client, earlier, earlierPage);

        Assert.Contains("can no longer be sent", earlierPage);
        Assert.Equal(QuarterlyUpdateStatus.Superseded, (await UpdateAsync(earlier)).Status);
        Assert.Equal(QuarterlyUpdateStatus.Draft, (await UpdateAsync(later)).Status);
        Assert.Equal(HttpStatusCode.Redirect, resend.StatusCode);
        Assert.Single(app.Hmrc.Puts(SelfEmploymentPath(LastYear)));
    }

    [Fact]
    public async Task Unheld_update_can_be_resent()
    {
        using var client = await LinkAsync();
        app.Hmrc.SelfEmploymentUpdateAnswers(LastYear, 504, new { code = "GATEWAY_TIMEOUT", message = "The request has timed out" });
        var review = await ReviewAsync(client, ("turnover", "10"));
        var send = await SendAsync(client, review, await client.GetStringAsync(review));

        app.Hmrc.SelfEmploymentUpdateNotHeld(LastYear);
        var token = await LinkJourney.AntiforgeryTokenAsync(client, send.Headers.Location!.OriginalString);
        var check = await client.PostAsync(send.Headers.Location + "/check", Form(token));
        var checkPage = await check.Content.ReadAsStringAsync();
        Assert.Contains("did not receive these figures", checkPage);

        app.Hmrc.SelfEmploymentUpdateAccepted(LastYear);
        var resend = await SendAsync(client, review, checkPage);

        Assert.EndsWith("/receipt", resend.Headers.Location!.OriginalString);
        Assert.Equal(2, app.Hmrc.Puts(SelfEmploymentPath(LastYear)).Count);
    }

    [Fact]
    public async Task Other_persons_update_hidden()
    {
        using var client = await LinkAsync();
        var review = await ReviewAsync(client, ("turnover", "10"));
        using var stranger = app.CreateClientFor("user-" + Guid.NewGuid().ToString("N"));

        var response = await stranger.GetAsync(review);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("£10.00", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unexpected_period_rejected()
    {
        using var client = await LinkAsync();

        var response = await client.GetAsync($"/updates/new?businessId={SelfEmploymentId}&periodEnd={Iso(LastYear.FirstDay.AddDays(40))}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("We could not find that update", await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => app.Hmrc.Reset();

    private string NewUpdatePath() => $"/updates/new?businessId={SelfEmploymentId}&periodEnd={FirstQuarterEnd}";

    private async Task<HttpClient> LinkAsync()
    {
        app.Hmrc.TokenEndpointIssues();
        app.Hmrc.BusinessesListed(SamNino);
        app.Hmrc.ObligationsListed(LastYear);
        var client = app.CreateClientFor(_user);
        var (_, query) = await LinkJourney.StartAsync(client, SamNino);
        var callback = await LinkJourney.CallbackAsync(client, $"code=code-1&state={query["state"]}");
        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        return client;
    }

    private async Task<string> ReviewAsync(HttpClient client, params (string Key, string Value)[] figures)
    {
        var token = await LinkJourney.AntiforgeryTokenAsync(client, NewUpdatePath());
        var response = await client.PostAsync("/updates/new", Form(token, figures));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpClient client, string reviewPath, string reviewPage)
    {
        var version = System.Text.RegularExpressions.Regex.Match(reviewPage, "name=\"version\" value=\"([^\"]+)\"").Groups[1].Value;
        var token = System.Text.RegularExpressions.Regex.Match(reviewPage, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var id = reviewPath.Split('/')[2];
        return await client.PostAsync($"/updates/{id}/send", Form(token, ("version", version)));
    }

    private FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields)
    {
        var form = fields.ToDictionary(field => field.Key, field => field.Value);
        form["__RequestVerificationToken"] = token;
        form.TryAdd("businessId", SelfEmploymentId);
        form.TryAdd("periodEnd", FirstQuarterEnd);
        return new FormUrlEncodedContent(form);
    }

    private async Task<int> CountAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>().QuarterlyUpdates.CountAsync(update => update.Connection!.Owner!.Subject == _user);
    }

    private async Task<QuarterlyUpdate> UpdateAsync(string reviewPath)
    {
        var id = Guid.Parse(reviewPath.Split('/')[2]);
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>().QuarterlyUpdates.AsNoTracking().SingleAsync(update => update.Id == id);
    }

    private async Task<QuarterlyUpdate> OnlyUpdateAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>().QuarterlyUpdates.AsNoTracking()
            .SingleAsync(update => update.Connection!.Owner!.Subject == _user);
    }
}
