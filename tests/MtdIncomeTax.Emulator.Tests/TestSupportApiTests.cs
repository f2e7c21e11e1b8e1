using System.Net;

namespace MtdIncomeTax.Emulator.Tests;

/// <summary>Self Assessment Test Support, Create Test User and ITSA status over HTTP.</summary>
public sealed class TestSupportApiTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static readonly string[] IncomeTaxService = ["mtd-income-tax"];
    private static readonly string[] AgentService = ["agent-services"];

    private readonly Hmrc _hmrc = new(fixture.Host);

    [Fact]
    public async Task Created_user_signs_in_and_gets_a_business()
    {
        var applicationToken = await _hmrc.GetApplicationTokenAsync();
        var created = await ApiResponse.AssertSuccessAsync(
            await _hmrc.ApiAsync(HttpMethod.Post, "/create-test-user/individuals", applicationToken, "1.0",
                new { serviceNames = IncomeTaxService }),
            HttpStatusCode.Created);
        var userId = created.GetProperty("userId").GetString()!;
        var nino = created.GetProperty("nino").GetString()!;
        Assert.Empty(SpecSchemas.Validate("create-test-user/conf/1.0/schemas/create-individual-response.json", created));

        var signIn = await _hmrc.Client.PostAsync(
            (await _hmrc.Client.GetAsync(Hmrc.AuthorizeUrl(Hmrc.ValidAuthorizeParameters()))).Headers.Location + "/sign-in",
            Hmrc.Form(("userId", userId), ("password", created.GetProperty("password").GetString())));
        var grant = await _hmrc.Client.PostAsync(signIn.Headers.Location, Hmrc.Form(("decision", "grant")));
        var code = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(grant.Headers.Location!.Query)["code"].ToString();
        var token = (await Hmrc.ReadTokenAsync(await _hmrc.ExchangeCodeAsync(code), "access_token"))!;
        var before = await _hmrc.ApiAsync(HttpMethod.Get, $"/individuals/business/details/{nino}/list", token, "2.0");
        var business = await ApiResponse.AssertSuccessAsync(
            await _hmrc.ApiAsync(HttpMethod.Post, $"/individuals/self-assessment-test-support/business/{nino}", token, "1.0", new
            {
                typeOfBusiness = "self-employment",
                tradingName = "Newton Joinery",
                businessAddressLineOne = "1 Test Street",
                commencementDate = "2024-04-06",
            }),
            HttpStatusCode.Created);
        var businessId = business.GetProperty("businessId").GetString()!;
        var list = await ApiResponse.AssertSuccessAsync(
            await _hmrc.ApiAsync(HttpMethod.Get, $"/individuals/business/details/{nino}/list", token, "2.0"), HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        await ApiResponse.AssertErrorAsync(before, HttpStatusCode.NotFound, "MATCHING_RESOURCE_NOT_FOUND");
        Assert.Matches("^XAIS[0-9]{11}$", businessId);
        var item = Assert.Single(list.GetProperty("listOfBusinesses").EnumerateArray());
        Assert.Equal(businessId, item.GetProperty("businessId").GetString());
        Assert.Equal("Newton Joinery", item.GetProperty("tradingName").GetString());
    }

    [Fact]
    public async Task Create_test_user_rejects_a_bad_token()
    {
        var response = await _hmrc.ApiAsync(HttpMethod.Post, "/create-test-user/agents", "not-a-token", "1.0", new { serviceNames = AgentService });

        await ApiResponse.AssertErrorAsync(response, HttpStatusCode.Unauthorized, "INVALID_CREDENTIALS");
    }

    [Fact]
    public async Task Test_business_rules_are_checked()
    {
        var token = await _hmrc.GetAccessTokenAsync("individual-2");
        const string Path = "/individuals/self-assessment-test-support/business/AB123456C";

        var secondProperty = await _hmrc.ApiAsync(HttpMethod.Post, Path, token, "1.0", new { typeOfBusiness = "uk-property" });
        var noTradingName = await _hmrc.ApiAsync(HttpMethod.Post, Path, token, "1.0", new { typeOfBusiness = "self-employment" });
        var badType = await _hmrc.ApiAsync(HttpMethod.Post, Path, token, "1.0", new { typeOfBusiness = "farm" });

        await ApiResponse.AssertErrorAsync(secondProperty, HttpStatusCode.BadRequest, "RULE_PROPERTY_BUSINESS_ADDED");
        await ApiResponse.AssertErrorAsync(noTradingName, HttpStatusCode.BadRequest, "RULE_MISSING_TRADING_NAME");
        await ApiResponse.AssertErrorAsync(badType, HttpStatusCode.BadRequest, "FORMAT_TYPE_OF_BUSINESS");
    }

    [Fact]
    public async Task Itsa_status_is_mandated_until_changed()
    {
        var token = await _hmrc.GetAccessTokenAsync("individual-2");
        const string Path = "/individuals/person/itsa-status/AB123456C/2026-27";

        var seeded = await ApiResponse.AssertSuccessAsync(await _hmrc.ApiAsync(HttpMethod.Get, Path, token, "2.0"), HttpStatusCode.OK);
        var set = await _hmrc.ApiAsync(HttpMethod.Post, "/individuals/self-assessment-test-support/itsa-status/AB123456C/2026-27", token, "1.0", new
        {
            itsaStatusDetails = new[] { new { submittedOn = "2026-05-01T10:00:00.000Z", status = "Annual", statusReason = "MTD ITSA Opt-Out" } },
        });
        var changed = await ApiResponse.AssertSuccessAsync(await _hmrc.ApiAsync(HttpMethod.Get, Path, token, "2.0"), HttpStatusCode.OK);
        var badFlag = await _hmrc.ApiAsync(HttpMethod.Get, Path + "?history=yes", token, "2.0");

        Assert.Equal("MTD Mandated", Status(seeded));
        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        Assert.Equal("Annual", Status(changed));
        await ApiResponse.AssertErrorAsync(badFlag, HttpStatusCode.BadRequest, "FORMAT_HISTORY");
    }

    [Fact]
    public async Task Vendor_state_delete_forgets_submissions()
    {
        var token = await _hmrc.GetAccessTokenAsync();
        var put = await _hmrc.ApiAsync(HttpMethod.Put, Requests.SelfEmploymentCumulative("2026-27"), token, "5.0",
            Requests.SelfEmploymentBody("2026-04-06", "2026-07-05"));
        var delete = await _hmrc.ApiAsync(HttpMethod.Delete, "/individuals/self-assessment-test-support/vendor-state?nino=AA123456A", token, "1.0");
        var after = await _hmrc.ApiAsync(HttpMethod.Get, Requests.SelfEmploymentCumulative("2026-27"), token, "5.0");

        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        await ApiResponse.AssertErrorAsync(after, HttpStatusCode.NotFound, "MATCHING_RESOURCE_NOT_FOUND");
    }

    private static string? Status(System.Text.Json.JsonElement body) =>
        body.GetProperty("itsaStatuses")[0].GetProperty("itsaStatusDetails")[0].GetProperty("status").GetString();
}
