using System.Net;
using System.Text.Json;

namespace MtdIncomeTax.Emulator.Tests;

public sealed class BusinessDetailsTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly Hmrc _hmrc = new(fixture.Host);

    [Theory]
    [InlineData(null)]
    [InlineData("application/json")]
    [InlineData("application/vnd.hmrc.two+json")]
    public async Task Missing_or_invalid_accept_header_is_406(string? accept)
    {
        var response = await _hmrc.ListBusinessesAsync(null, accept: accept);

        await AssertApiErrorAsync(response, HttpStatusCode.NotAcceptable, "ACCEPT_HEADER_INVALID");
    }

    [Fact]
    public async Task Unsupported_version_is_404()
    {
        var response = await _hmrc.ListBusinessesAsync(null, accept: "application/vnd.hmrc.1.0+json");

        await AssertApiErrorAsync(response, HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Fact]
    public async Task Request_without_token_is_missing_credentials()
    {
        var response = await _hmrc.ListBusinessesAsync(null);

        await AssertApiErrorAsync(response, HttpStatusCode.Unauthorized, "MISSING_CREDENTIALS");
    }

    [Fact]
    public async Task Unknown_token_is_invalid_credentials()
    {
        var response = await _hmrc.ListBusinessesAsync("0123456789abcdef0123456789abcdef");

        await AssertApiErrorAsync(response, HttpStatusCode.Unauthorized, "INVALID_CREDENTIALS");
        Assert.Equal("Bearer realm=\"HMRC API Platform\"", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task Token_without_read_scope_is_403_invalid_scope()
    {
        var tokens = await _hmrc.GetTokensAsync(scope: "write:self-assessment");

        var response = await _hmrc.ListBusinessesAsync(tokens.GetProperty("access_token").GetString());

        await AssertApiErrorAsync(response, HttpStatusCode.Forbidden, "INVALID_SCOPE");
    }

    [Theory]
    [InlineData("aa123456a")]
    [InlineData("AA12345A")]
    [InlineData("BG123456A")]
    [InlineData("DA123456A")]
    [InlineData("AA123456E")]
    public async Task Invalid_nino_is_400_format_nino(string nino)
    {
        var tokens = await _hmrc.GetTokensAsync();

        var response = await _hmrc.ListBusinessesAsync(tokens.GetProperty("access_token").GetString(), nino);

        await AssertApiErrorAsync(response, HttpStatusCode.BadRequest, "FORMAT_NINO");
    }

    [Fact]
    public async Task Another_users_nino_is_403()
    {
        var tokens = await _hmrc.GetTokensAsync();

        var response = await _hmrc.ListBusinessesAsync(tokens.GetProperty("access_token").GetString(), "AB123456C");

        await AssertApiErrorAsync(response, HttpStatusCode.Forbidden, "CLIENT_OR_AGENT_NOT_AUTHORISED");
    }

    [Fact]
    public async Task Agent_token_is_403()
    {
        var tokens = await _hmrc.GetTokensAsync("agent-1");

        var response = await _hmrc.ListBusinessesAsync(tokens.GetProperty("access_token").GetString());

        await AssertApiErrorAsync(response, HttpStatusCode.Forbidden, "CLIENT_OR_AGENT_NOT_AUTHORISED");
    }

    [Fact]
    public async Task Own_nino_lists_the_users_businesses()
    {
        var tokens = await _hmrc.GetTokensAsync();

        var response = await _hmrc.ListBusinessesAsync(tokens.GetProperty("access_token").GetString());
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var items = body.GetProperty("listOfBusinesses").EnumerateArray()
            .Select(item => string.Join(", ", item.EnumerateObject().Select(p => $"{p.Name}={p.Value.GetString()}")))
            .ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["listOfBusinesses"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            [
                "typeOfBusiness=self-employment, businessId=XAIS12345678901, tradingType=Plastering, tradingName=Sam's Plastering",
                "typeOfBusiness=uk-property, businessId=XPIS12345678902",
            ],
            items);
        AssertApiHeaders(response);
    }

    [Fact]
    public async Task Second_individual_lists_only_their_property()
    {
        var tokens = await _hmrc.GetTokensAsync("individual-2");

        var response = await _hmrc.ListBusinessesAsync(tokens.GetProperty("access_token").GetString(), "AB123456C");
        var businesses = await ReadBusinessesAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["uk-property:XBIS12345678903"], businesses);
    }

    [Theory]
    [InlineData("PROPERTY", new[] { "uk-property" })]
    [InlineData("FOREIGN_PROPERTY", new[] { "foreign-property" })]
    [InlineData("BUSINESS_AND_PROPERTY", new[] { "self-employment", "uk-property", "foreign-property" })]
    [InlineData("UNSPECIFIED", new[] { "property-unspecified" })]
    [InlineData("STATEFUL", new[] { "self-employment", "uk-property" })]
    public async Task Test_scenario_selects_the_canned_list(string scenario, string[] expectedTypes)
    {
        var tokens = await _hmrc.GetTokensAsync();

        var response = await _hmrc.ListBusinessesAsync(tokens.GetProperty("access_token").GetString(), scenario: scenario);
        var businesses = await ReadBusinessesAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expectedTypes, businesses.Select(b => b.Split(':')[0]));
    }

    [Fact]
    public async Task Not_found_scenario_is_404()
    {
        var tokens = await _hmrc.GetTokensAsync();

        var response = await _hmrc.ListBusinessesAsync(tokens.GetProperty("access_token").GetString(), scenario: "NOT_FOUND");

        await AssertApiErrorAsync(response, HttpStatusCode.NotFound, "MATCHING_RESOURCE_NOT_FOUND");
    }

    [Fact]
    public async Task Unknown_scenario_is_400()
    {
        var tokens = await _hmrc.GetTokensAsync();

        var response = await _hmrc.ListBusinessesAsync(tokens.GetProperty("access_token").GetString(), scenario: "NO_SUCH_SCENARIO");

        await AssertApiErrorAsync(response, HttpStatusCode.BadRequest, "RULE_INCORRECT_GOV_TEST_SCENARIO");
    }

    private static async Task<List<string>> ReadBusinessesAsync(HttpResponseMessage response)
    {
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        return body.RootElement.GetProperty("listOfBusinesses").EnumerateArray()
            .Select(b => b.GetProperty("typeOfBusiness").GetString() + ":" + b.GetProperty("businessId").GetString())
            .ToList();
    }

    private static async Task AssertApiErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(code, body.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("message").GetString()));
        AssertApiHeaders(response);
    }

    private static void AssertApiHeaders(HttpResponseMessage response)
    {
        var correlationId = Assert.Single(response.Headers.GetValues("X-CorrelationId"));
        Assert.Equal(36, correlationId.Length);
        Assert.True(Guid.TryParse(correlationId, out _));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }
}
