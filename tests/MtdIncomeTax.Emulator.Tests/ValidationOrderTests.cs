using System.Net;
using System.Text.Json;

namespace MtdIncomeTax.Emulator.Tests;

/// <summary>HMRC's order of checks: Accept, token, NINO, authority, then formats aggregated, then rules.</summary>
public sealed class ValidationOrderTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly Hmrc _hmrc = new(fixture.Host);

    [Fact]
    public async Task Bad_token_comes_before_bad_nino()
    {
        var response = await _hmrc.ApiAsync(HttpMethod.Get, Requests.SelfEmploymentCumulative(nino: "BAD"), "not-a-token", "5.0");

        await ApiResponse.AssertErrorAsync(response, HttpStatusCode.Unauthorized, "INVALID_CREDENTIALS");
    }

    [Fact]
    public async Task Bad_accept_comes_before_bad_token()
    {
        var response = await _hmrc.ApiAsync(HttpMethod.Get, Requests.SelfEmploymentCumulative(), "not-a-token", "4.0");

        await ApiResponse.AssertErrorAsync(response, HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Fact]
    public async Task Bad_nino_comes_before_bad_tax_year()
    {
        var token = await _hmrc.GetAccessTokenAsync();

        var response = await _hmrc.ApiAsync(HttpMethod.Get, Requests.SelfEmploymentCumulative("2025", nino: "AA12345"), token, "5.0");

        var body = await ApiResponse.AssertErrorAsync(response, HttpStatusCode.BadRequest, "FORMAT_NINO");
        Assert.Equal("The NINO format is invalid", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Other_users_nino_comes_before_formats()
    {
        var token = await _hmrc.GetAccessTokenAsync();

        var response = await _hmrc.ApiAsync(HttpMethod.Get, Requests.SelfEmploymentCumulative("2025", nino: "AB123456C"), token, "5.0");

        await ApiResponse.AssertErrorAsync(response, HttpStatusCode.Forbidden, "CLIENT_OR_AGENT_NOT_AUTHORISED");
    }

    [Fact]
    public async Task Two_bad_formats_are_wrapped_in_invalid_request()
    {
        var token = await _hmrc.GetAccessTokenAsync();

        var response = await _hmrc.ApiAsync(HttpMethod.Get, Requests.SelfEmploymentCumulative("2025", "XAIS123"), token, "5.0");
        var body = await ApiResponse.AssertErrorAsync(response, HttpStatusCode.BadRequest, "INVALID_REQUEST");
        var codes = body.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ToList();

        Assert.Equal(["FORMAT_BUSINESS_ID", "FORMAT_TAX_YEAR"], codes);
        Assert.Equal("Invalid request", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Bad_values_with_one_message_share_one_error()
    {
        var token = await _hmrc.GetAccessTokenAsync();
        var body = new
        {
            periodDates = new { periodStartDate = "2025-04-06", periodEndDate = "2025-07-05" },
            periodIncome = new { turnover = -1m, other = 1.234m },
            periodExpenses = new { costOfGoods = 100000000000m },
        };

        var response = await _hmrc.ApiAsync(HttpMethod.Put, Requests.SelfEmploymentCumulative(), token, "5.0", body);
        var error = await ApiResponse.AssertErrorAsync(response, HttpStatusCode.BadRequest, "INVALID_REQUEST");
        var nested = error.GetProperty("errors").EnumerateArray().ToList();

        Assert.Equal(2, nested.Count);
        Assert.All(nested, e => Assert.Equal("FORMAT_VALUE", e.GetProperty("code").GetString()));
        Assert.Equal(["/periodIncome/turnover", "/periodIncome/other"], Paths(nested, "The value must be between 0 and 99999999999.99"));
        Assert.Equal(["/periodExpenses/costOfGoods"], Paths(nested, "The value must be between -99999999999.99 and 99999999999.99"));
    }

    [Fact]
    public async Task One_bad_value_is_returned_alone_with_its_path()
    {
        var token = await _hmrc.GetAccessTokenAsync();
        var body = new { fromDate = "2025-04-06", toDate = "2025-07-05", ukProperty = new { income = new { periodAmount = "1" } } };

        var response = await _hmrc.ApiAsync(HttpMethod.Put, Requests.PropertyCumulative(), token, "6.0", body);
        var error = await ApiResponse.AssertErrorAsync(response, HttpStatusCode.BadRequest, "RULE_INCORRECT_OR_EMPTY_BODY_SUBMITTED");

        Assert.Equal(["/ukProperty/income/periodAmount"], error.GetProperty("paths").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task Formats_come_before_rules()
    {
        var token = await _hmrc.GetAccessTokenAsync();
        var body = new { periodIncome = new { turnover = 1m }, periodExpenses = new { consolidatedExpenses = 1m, adminCosts = "x" } };

        var response = await _hmrc.ApiAsync(HttpMethod.Put, Requests.SelfEmploymentCumulative("2024-25"), token, "5.0", body);

        await ApiResponse.AssertErrorAsync(response, HttpStatusCode.BadRequest, "RULE_INCORRECT_OR_EMPTY_BODY_SUBMITTED");
    }

    [Fact]
    public async Task Rules_are_aggregated_after_formats_pass()
    {
        var token = await _hmrc.GetAccessTokenAsync();
        var body = new
        {
            periodDates = new { periodStartDate = "2024-07-05", periodEndDate = "2024-04-06" },
            periodExpenses = new { consolidatedExpenses = 1m, adminCosts = 2m },
        };

        var response = await _hmrc.ApiAsync(HttpMethod.Put, Requests.SelfEmploymentCumulative("2024-25"), token, "5.0", body);
        var error = await ApiResponse.AssertErrorAsync(response, HttpStatusCode.BadRequest, "INVALID_REQUEST");
        var codes = error.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString());

        Assert.Equal(["RULE_BOTH_EXPENSES_SUPPLIED", "RULE_END_DATE_BEFORE_START_DATE", "RULE_TAX_YEAR_NOT_SUPPORTED"], codes);
    }

    [Fact]
    public async Task Rules_come_before_an_unknown_scenario()
    {
        var token = await _hmrc.GetAccessTokenAsync();

        var response = await _hmrc.ApiAsync(HttpMethod.Get, Requests.SelfEmploymentCumulative("2024-25"), token, "5.0", scenario: "NO_SUCH");

        await ApiResponse.AssertErrorAsync(response, HttpStatusCode.BadRequest, "RULE_TAX_YEAR_NOT_SUPPORTED");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    public async Task Body_of_another_type_is_415(string contentType)
    {
        var token = await _hmrc.GetAccessTokenAsync();
        var request = new HttpRequestMessage(HttpMethod.Put, Requests.SelfEmploymentCumulative())
        {
            Content = new StringContent("{}", System.Text.Encoding.UTF8, contentType),
        };
        request.Headers.TryAddWithoutValidation("Accept", "application/vnd.hmrc.5.0+json");
        request.Headers.Authorization = new("Bearer", token);

        var response = await _hmrc.Client.SendAsync(request);

        await ApiResponse.AssertErrorAsync(response, HttpStatusCode.UnsupportedMediaType, "INVALID_BODY_TYPE");
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("")]
    [InlineData("{\"periodIncome\": {}}")]
    public async Task Empty_body_is_rejected(string body)
    {
        var token = await _hmrc.GetAccessTokenAsync();

        var response = await _hmrc.ApiAsync(HttpMethod.Put, Requests.SelfEmploymentCumulative(), token, "5.0", body);

        await ApiResponse.AssertErrorAsync(response, HttpStatusCode.BadRequest, "RULE_INCORRECT_OR_EMPTY_BODY_SUBMITTED");
    }

    [Fact]
    public async Task Read_token_cannot_write()
    {
        var tokens = await _hmrc.GetTokensAsync(scope: "read:self-assessment");

        var response = await _hmrc.ApiAsync(HttpMethod.Put, Requests.SelfEmploymentCumulative(),
            tokens.GetProperty("access_token").GetString(), "5.0", Requests.SelfEmploymentBody());

        await ApiResponse.AssertErrorAsync(response, HttpStatusCode.Forbidden, "INVALID_SCOPE");
    }

    [Theory]
    [InlineData("/obligations/details/AA123456A/crystallisation", "2.0")]
    [InlineData("/individuals/business/details/AA123456A/XAIS12345678901", "3.0")]
    [InlineData("/individuals/calculations/AA123456A/self-assessment/2025-26", "7.0")]
    [InlineData("/individuals/person/itsa-status/AA123456A/2025-26", "1.0")]
    public async Task Unserved_version_is_404(string path, string version)
    {
        var token = await _hmrc.GetAccessTokenAsync();

        var response = await _hmrc.ApiAsync(HttpMethod.Get, path, token, version);

        await ApiResponse.AssertErrorAsync(response, HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Theory]
    [InlineData("8.0")]
    [InlineData("9.0")]
    public async Task Calculations_serve_both_versions(string version)
    {
        var token = await _hmrc.GetAccessTokenAsync();

        var response = await _hmrc.ApiAsync(HttpMethod.Get, Requests.Calculations("2019-20"), token, version, scenario: "DYNAMIC");

        await ApiResponse.AssertSuccessAsync(response, HttpStatusCode.OK);
    }

    private static List<string?> Paths(List<JsonElement> errors, string message) =>
        errors.Single(e => e.GetProperty("message").GetString() == message)
            .GetProperty("paths").EnumerateArray().Select(p => p.GetString()).ToList();
}
