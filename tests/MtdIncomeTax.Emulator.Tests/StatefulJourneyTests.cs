using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MtdIncomeTax.Emulator.Tests;

/// <summary>
/// A sole trader's year on the emulator's clock: a quarterly update fulfils its obligation, a
/// calculation reflects it once ready, and the final declaration fulfils the year's obligation.
/// </summary>
public sealed class StatefulJourneyTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 7, 10, 9, 0, 0, TimeSpan.Zero));
    private EmulatorHost _host = null!;
    private Hmrc _hmrc = null!;
    private string _token = "";

    public async Task InitializeAsync()
    {
        _host = await EmulatorHost.StartAsync(
            new Dictionary<string, string?> { ["Emulator:CalculationDelay"] = "00:00:03" },
            services => services.AddSingleton<TimeProvider>(_time));
        _hmrc = new Hmrc(_host);
        _token = await _hmrc.GetAccessTokenAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Quarterly_update_to_final_declaration()
    {
        var before = await ObligationsAsync("self-employment");
        var put = await PutSelfEmploymentAsync(Requests.SelfEmploymentBody());
        var after = await ObligationsAsync("self-employment");

        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        Assert.Equal("open", Quarter(before, "2025-07-05").GetProperty("status").GetString());
        Assert.Equal("fulfilled", Quarter(after, "2025-07-05").GetProperty("status").GetString());
        Assert.Equal("2025-07-10", Quarter(after, "2025-07-05").GetProperty("receivedDate").GetString());
        Assert.Equal("2025-08-05", Quarter(after, "2025-07-05").GetProperty("dueDate").GetString());
        Assert.Equal("open", Quarter(after, "2025-10-05").GetProperty("status").GetString());

        var calculationId = await TriggerAsync("in-year");
        var early = await RetrieveAsync(calculationId);
        _time.Advance(TimeSpan.FromSeconds(3));
        var ready = await ApiResponse.AssertSuccessAsync(await RetrieveAsync(calculationId), HttpStatusCode.OK);

        await ApiResponse.AssertErrorAsync(early, HttpStatusCode.NotFound, "MATCHING_RESOURCE_NOT_FOUND");
        var tax = ready.GetProperty("calculation").GetProperty("taxCalculation");
        Assert.Equal(16100, tax.GetProperty("incomeTax").GetProperty("totalIncomeReceivedFromAllSources").GetInt32());
        Assert.Equal(3530, tax.GetProperty("incomeTax").GetProperty("totalTaxableIncome").GetInt32());
        Assert.Equal(706.00m, tax.GetProperty("incomeTax").GetProperty("incomeTaxCharged").GetDecimal());
        Assert.Equal(211.80m, tax.GetProperty("nics").GetProperty("class4Nics").GetProperty("totalAmount").GetDecimal());
        Assert.Equal(917.80m, tax.GetProperty("totalIncomeTaxAndNicsDue").GetDecimal());
        Assert.Empty(SpecSchemas.Validate("individual-calculations-api/9.0/schemas/retrieve/def3/retrieve_response.json", ready));

        await MoveClockAsync(new DateTimeOffset(2026, 4, 20, 9, 0, 0, TimeSpan.Zero));
        var finalId = await TriggerAsync("intent-to-finalise");
        _time.Advance(TimeSpan.FromSeconds(3));
        var declaration = await _hmrc.ApiAsync(HttpMethod.Post,
            $"{Requests.Calculations()}/{finalId}/final-declaration", _token, "9.0");
        var crystallisation = await ApiResponse.AssertSuccessAsync(
            await _hmrc.ApiAsync(HttpMethod.Get, "/obligations/details/AA123456A/crystallisation?taxYear=2025-26", _token, "3.0"),
            HttpStatusCode.OK);
        var second = await _hmrc.ApiAsync(HttpMethod.Post, $"{Requests.Calculations()}/{finalId}/final-declaration", _token, "9.0");

        await ApiResponse.AssertSuccessAsync(declaration, HttpStatusCode.NoContent);
        var obligation = Assert.Single(crystallisation.GetProperty("obligations").EnumerateArray());
        Assert.Equal("fulfilled", obligation.GetProperty("status").GetString());
        Assert.Equal("2026-04-20", obligation.GetProperty("receivedDate").GetString());
        Assert.Equal("2027-01-31", obligation.GetProperty("dueDate").GetString());
        await ApiResponse.AssertErrorAsync(second, HttpStatusCode.BadRequest, "RULE_FINAL_DECLARATION_RECEIVED");
    }

    [Fact]
    public async Task Property_update_fulfils_its_own_obligation()
    {
        var put = await _hmrc.ApiAsync(HttpMethod.Put, Requests.PropertyCumulative(), _token, "6.0", Requests.PropertyBody());
        var stored = await ApiResponse.AssertSuccessAsync(
            await _hmrc.ApiAsync(HttpMethod.Get, Requests.PropertyCumulative(), _token, "6.0"), HttpStatusCode.OK);
        var property = await ObligationsAsync("uk-property");
        var selfEmployment = await ObligationsAsync("self-employment");

        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        Assert.Equal("2025-07-10T09:00:00.000Z", stored.GetProperty("submittedOn").GetString());
        Assert.Equal(6000m, stored.GetProperty("ukProperty").GetProperty("income").GetProperty("periodAmount").GetDecimal());
        Assert.Equal("fulfilled", Quarter(property, "2025-07-05").GetProperty("status").GetString());
        Assert.Equal("open", Quarter(selfEmployment, "2025-07-05").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Period_rules_use_the_emulators_clock()
    {
        var early = await PutSelfEmploymentAsync(Requests.SelfEmploymentBody(end: "2025-10-05"));
        var misaligned = await PutSelfEmploymentAsync(Requests.SelfEmploymentBody(end: "2025-06-30"));
        var lateStart = await PutSelfEmploymentAsync(Requests.SelfEmploymentBody(start: "2025-05-01"));
        var stored = await PutSelfEmploymentAsync(Requests.SelfEmploymentBody());
        await MoveClockAsync(new DateTimeOffset(2025, 9, 26, 9, 0, 0, TimeSpan.Zero));
        var tenDaysBefore = await PutSelfEmploymentAsync(Requests.SelfEmploymentBody(end: "2025-10-05"));
        var backwards = await PutSelfEmploymentAsync(Requests.SelfEmploymentBody(end: "2025-07-05"));

        await ApiResponse.AssertErrorAsync(early, HttpStatusCode.BadRequest, "RULE_EARLY_DATA_SUBMISSION_NOT_ACCEPTED");
        await ApiResponse.AssertErrorAsync(misaligned, HttpStatusCode.BadRequest, "RULE_END_DATE_NOT_ALIGNED_WITH_REPORTING_TYPE");
        await ApiResponse.AssertErrorAsync(lateStart, HttpStatusCode.BadRequest, "RULE_START_DATE_NOT_ALIGNED_WITH_REPORTING_TYPE");
        Assert.Equal(HttpStatusCode.NoContent, stored.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, tenDaysBefore.StatusCode);
        await ApiResponse.AssertErrorAsync(backwards, HttpStatusCode.BadRequest, "RULE_SUBMISSION_END_DATE_CANNOT_MOVE_BACKWARDS");
    }

    [Fact]
    public async Task Retrieve_returns_the_last_update()
    {
        var missing = await _hmrc.ApiAsync(HttpMethod.Get, Requests.SelfEmploymentCumulative(), _token, "5.0");
        await PutSelfEmploymentAsync(Requests.SelfEmploymentBody(turnover: 100m));
        await PutSelfEmploymentAsync(Requests.SelfEmploymentBody(turnover: 250.5m));
        var stored = await ApiResponse.AssertSuccessAsync(
            await _hmrc.ApiAsync(HttpMethod.Get, Requests.SelfEmploymentCumulative(), _token, "5.0"), HttpStatusCode.OK);

        await ApiResponse.AssertErrorAsync(missing, HttpStatusCode.NotFound, "MATCHING_RESOURCE_NOT_FOUND");
        Assert.Equal(250.5m, stored.GetProperty("periodIncome").GetProperty("turnover").GetDecimal());
    }

    [Fact]
    public async Task Trigger_without_submissions_is_rejected()
    {
        var response = await _hmrc.ApiAsync(HttpMethod.Post, Requests.Calculations() + "/trigger/in-year", _token, "9.0");

        await ApiResponse.AssertErrorAsync(response, HttpStatusCode.BadRequest, "RULE_NO_INCOME_SUBMISSIONS_EXIST");
    }

    [Fact]
    public async Task Final_declaration_waits_for_the_year_end()
    {
        await PutSelfEmploymentAsync(Requests.SelfEmploymentBody());
        var early = await _hmrc.ApiAsync(HttpMethod.Post, Requests.Calculations() + "/trigger/intent-to-finalise", _token, "9.0");
        var inYearId = await TriggerAsync("in-year");
        _time.Advance(TimeSpan.FromSeconds(3));
        var declaration = await _hmrc.ApiAsync(HttpMethod.Post, $"{Requests.Calculations()}/{inYearId}/final-declaration", _token, "9.0");

        await ApiResponse.AssertErrorAsync(early, HttpStatusCode.BadRequest, "RULE_TAX_YEAR_NOT_ENDED");
        await ApiResponse.AssertErrorAsync(declaration, HttpStatusCode.BadRequest, "RULE_FINAL_DECLARATION_TAX_YEAR");
    }

    [Fact]
    public async Task List_shows_ready_calculations()
    {
        await PutSelfEmploymentAsync(Requests.SelfEmploymentBody());
        var calculationId = await TriggerAsync("in-year");
        var before = await _hmrc.ApiAsync(HttpMethod.Get, Requests.Calculations(), _token, "9.0");
        _time.Advance(TimeSpan.FromSeconds(3));
        var list = await ApiResponse.AssertSuccessAsync(
            await _hmrc.ApiAsync(HttpMethod.Get, Requests.Calculations(), _token, "9.0"), HttpStatusCode.OK);

        await ApiResponse.AssertErrorAsync(before, HttpStatusCode.NotFound, "MATCHING_RESOURCE_NOT_FOUND");
        var item = Assert.Single(list.GetProperty("calculations").EnumerateArray());
        Assert.Equal(calculationId, item.GetProperty("calculationId").GetString());
        Assert.Equal("in-year", item.GetProperty("calculationType").GetString());
        Assert.Empty(SpecSchemas.Validate("individual-calculations-api/9.0/schemas/list/def3/list_response.json", list));
    }

    /// <summary>Moves the clock on and signs in again, since access tokens last four hours.</summary>
    private async Task MoveClockAsync(DateTimeOffset now)
    {
        _time.SetUtcNow(now);
        _token = await _hmrc.GetAccessTokenAsync();
    }

    private Task<HttpResponseMessage> PutSelfEmploymentAsync(object body) =>
        _hmrc.ApiAsync(HttpMethod.Put, Requests.SelfEmploymentCumulative(), _token, "5.0", body);

    private async Task<string> TriggerAsync(string type)
    {
        var response = await _hmrc.ApiAsync(HttpMethod.Post, $"{Requests.Calculations()}/trigger/{type}", _token, "9.0");
        var body = await ApiResponse.AssertSuccessAsync(response, HttpStatusCode.Accepted);

        return body.GetProperty("calculationId").GetString()!;
    }

    private Task<HttpResponseMessage> RetrieveAsync(string calculationId) =>
        _hmrc.ApiAsync(HttpMethod.Get, $"{Requests.Calculations()}/{calculationId}", _token, "9.0");

    private async Task<JsonElement> ObligationsAsync(string typeOfBusiness)
    {
        var response = await _hmrc.ApiAsync(HttpMethod.Get,
            $"/obligations/details/AA123456A/income-and-expenditure?typeOfBusiness={typeOfBusiness}&fromDate=2025-04-06&toDate=2026-04-05",
            _token, "3.0");

        return await ApiResponse.AssertSuccessAsync(response, HttpStatusCode.OK);
    }

    private static JsonElement Quarter(JsonElement obligations, string periodEnd) =>
        Assert.Single(obligations.GetProperty("obligations")[0].GetProperty("obligationDetails").EnumerateArray(),
            detail => detail.GetProperty("periodEndDate").GetString() == periodEnd);
}
