using System.Net;
using Microsoft.AspNetCore.Http;
using MtdIncomeTax.Emulator.FraudPrevention;

namespace MtdIncomeTax.Emulator.Tests;

/// <summary>The emulator's check of fraud prevention headers, directly and over HTTP.</summary>
public sealed class FraudPreventionHeaderTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly Hmrc _hmrc = new(fixture.Host);

    /// <summary>A complete, valid set for WEB_APP_VIA_SERVER, from documentation address ranges.</summary>
    private static Dictionary<string, string> GoodHeaders() => new()
    {
        ["Gov-Client-Connection-Method"] = "WEB_APP_VIA_SERVER",
        ["Gov-Client-Browser-JS-User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
        ["Gov-Client-Device-ID"] = "5c0b7f3e-2d4a-4e61-9a8f-0c1d2e3f4a5b",
        ["Gov-Client-Multi-Factor"] = "type=AUTH_CODE&timestamp=2025-03-04T09%3A14%3A51Z&unique-reference=6d2f0a9c41be",
        ["Gov-Client-Public-IP"] = "198.51.100.7",
        ["Gov-Client-Public-IP-Timestamp"] = "2025-03-04T09:16:02.480Z",
        ["Gov-Client-Public-Port"] = "51432",
        ["Gov-Client-Screens"] = "width=1920&height=1080&scaling-factor=1&colour-depth=24,width=3000&height=2000&scaling-factor=1.25&colour-depth=30",
        ["Gov-Client-Timezone"] = "UTC+01:00",
        ["Gov-Client-User-IDs"] = "mtdincometax=jo%20smith%40example.test&mtdincometax-user-id=8842",
        ["Gov-Client-Window-Size"] = "width=1536&height=864",
        ["Gov-Vendor-Forwarded"] = "by=203.0.113.77&for=198.51.100.7,by=203.0.113.80&for=203.0.113.77",
        ["Gov-Vendor-License-IDs"] = "mtdincometax=1f2e3d4c5b6a79880f1e2d3c4b5a69781f2e3d4c5b6a79880f1e2d3c4b5a6978",
        ["Gov-Vendor-Product-Name"] = "MtdIncomeTax%20Online",
        ["Gov-Vendor-Public-IP"] = "203.0.113.77",
        ["Gov-Vendor-Version"] = "mtdincometax=1.4.0",
    };

    private static FraudHeaderReport Validate(Dictionary<string, string> headers)
    {
        var dictionary = new HeaderDictionary();
        foreach (var (name, value) in headers)
        {
            dictionary[name] = value;
        }

        return FraudHeaderValidator.Validate(dictionary);
    }

    [Fact]
    public void Complete_headers_are_valid()
    {
        var report = Validate(GoodHeaders());

        Assert.Equal("VALID_HEADERS", report.Code);
        Assert.Equal("3.3", report.SpecVersion);
        Assert.Null(report.Errors);
        Assert.Null(report.Warnings);
    }

    [Theory]
    [InlineData("Gov-Client-Connection-Method", "DESKTOP_APP_DIRECT")]
    [InlineData("Gov-Client-Browser-JS-User-Agent", "Mozilla/5.0 (X11; Linux) Firefox/128.0 \u00e9")]
    [InlineData("Gov-Client-Device-ID", "device-1")]
    [InlineData("Gov-Client-Multi-Factor", "type=PASSWORD&timestamp=2025-03-04T09%3A14Z&unique-reference=6d2f")]
    [InlineData("Gov-Client-Multi-Factor", "type=TOTP&timestamp=2025-03-04%2009%3A14&unique-reference=6d2f")]
    [InlineData("Gov-Client-Public-IP", "10.1.2.3")]
    [InlineData("Gov-Client-Public-IP", "127.0.0.1")]
    [InlineData("Gov-Client-Public-IP-Timestamp", "2025-03-04T09:16:02Z")]
    [InlineData("Gov-Client-Public-Port", "443")]
    [InlineData("Gov-Client-Public-Port", "70000")]
    [InlineData("Gov-Client-Screens", "width=1920.5&height=1080&scaling-factor=1&colour-depth=24")]
    [InlineData("Gov-Client-Screens", "width=1920&height=1080&scaling-factor=1&colour-depth=24,")]
    [InlineData("Gov-Client-Timezone", "Europe/London")]
    [InlineData("Gov-Client-Timezone", "UTC+1:00")]
    [InlineData("Gov-Client-User-IDs", "mtdincometax=jo smith@example.test")]
    [InlineData("Gov-Client-Window-Size", "width=0&height=864")]
    [InlineData("Gov-Vendor-Forwarded", "by=203.0.113.99&for=198.51.100.7")]
    [InlineData("Gov-Vendor-Forwarded", "by=203.0.113.77&for=192.168.1.20")]
    [InlineData("Gov-Vendor-Product-Name", "MtdIncomeTax Online")]
    [InlineData("Gov-Vendor-Public-IP", "172.16.0.1")]
    [InlineData("Gov-Vendor-Version", "mtdincometax=")]
    public void Malformed_value_is_an_error(string header, string value)
    {
        var headers = GoodHeaders();
        headers[header] = value;

        // The first hop of Gov-Vendor-Forwarded repeats both addresses, so it is wrong with them.
        string[] expected = header.EndsWith("-Public-IP", StringComparison.Ordinal)
            ? [header.ToLowerInvariant(), "gov-vendor-forwarded"]
            : [header.ToLowerInvariant()];
        headers["Gov-Vendor-Forwarded"] = header.EndsWith("-Public-IP", StringComparison.Ordinal)
            ? $"by={headers["Gov-Vendor-Public-IP"]}&for={headers["Gov-Client-Public-IP"]}"
            : headers["Gov-Vendor-Forwarded"];
        var report = Validate(headers);

        Assert.Equal("INVALID_HEADERS", report.Code);
        Assert.All(report.Errors!, error => Assert.Equal("INVALID_HEADER", error.Code));
        Assert.Equal(expected.Order(), report.Errors!.SelectMany(error => error.Headers).Order());
        Assert.Null(report.Warnings);
    }

    [Fact]
    public void Missing_client_address_is_an_error_for_each_header()
    {
        var headers = GoodHeaders();
        headers.Remove("Gov-Client-Public-IP");
        headers.Remove("Gov-Client-Public-IP-Timestamp");
        headers.Remove("Gov-Client-Public-Port");
        headers["Gov-Vendor-Forwarded"] = "by=203.0.113.77";

        var report = Validate(headers);

        var error = Assert.Single(report.Errors!);
        Assert.Equal("MISSING_HEADER", error.Code);
        Assert.StartsWith("Header missing. You will not be able to submit a header", error.Message, StringComparison.Ordinal);
        Assert.Equal(["gov-client-public-ip", "gov-client-public-ip-timestamp", "gov-client-public-port"], error.Headers);
    }

    [Fact]
    public void Missing_second_factor_and_licence_are_warnings()
    {
        var headers = GoodHeaders();
        headers.Remove("Gov-Client-Multi-Factor");
        headers.Remove("Gov-Vendor-License-IDs");

        var report = Validate(headers);

        Assert.Equal("POTENTIALLY_INVALID_HEADERS", report.Code);
        Assert.Null(report.Errors);
        var warning = Assert.Single(report.Warnings!);
        Assert.Equal("MISSING_HEADER", warning.Code);
        Assert.Equal(["gov-client-multi-factor", "gov-vendor-license-ids"], warning.Headers);
    }

    [Fact]
    public void Missing_browser_header_is_an_error()
    {
        var headers = GoodHeaders();
        headers.Remove("Gov-Client-Screens");

        var error = Assert.Single(Validate(headers).Errors!);

        Assert.Equal("MISSING_HEADER", error.Code);
        Assert.Equal("Header required", error.Message);
        Assert.Equal(["gov-client-screens"], error.Headers);
    }

    [Fact]
    public void Empty_header_is_a_warning()
    {
        var headers = GoodHeaders();
        headers["Gov-Client-Multi-Factor"] = "";

        var warning = Assert.Single(Validate(headers).Warnings!);

        Assert.Equal("EMPTY_HEADER", warning.Code);
        Assert.Equal(["gov-client-multi-factor"], warning.Headers);
    }

    [Theory]
    [InlineData("Gov-Client-MAC-Addresses", "ea%3A43%3A1a%3A5d%3A21%3A45", "UNEXPECTED_HEADER")]
    [InlineData("Gov-Vendor-License-IDs", "mtdincometax=plain-licence-key", "POTENTIALLY_INVALID_HEADER")]
    [InlineData("Gov-Client-User-IDs", "os=jo&mtdincometax=jo", "POTENTIALLY_INVALID_HEADER")]
    public void Doubtful_header_is_a_warning(string header, string value, string code)
    {
        var headers = GoodHeaders();
        headers[header] = value;

        var report = Validate(headers);

        Assert.Equal("POTENTIALLY_INVALID_HEADERS", report.Code);
        var warning = Assert.Single(report.Warnings!);
        Assert.Equal(code, warning.Code);
        Assert.Equal([header.ToLowerInvariant()], warning.Headers);
    }

    [Fact]
    public void Ipv6_addresses_are_accepted()
    {
        var headers = GoodHeaders();
        headers["Gov-Client-Public-IP"] = "2001:db8::7";
        headers["Gov-Vendor-Forwarded"] = "by=203.0.113.77&for=2001%3Adb8%3A%3A7";

        Assert.Equal("VALID_HEADERS", Validate(headers).Code);
    }

    [Fact]
    public async Task Validate_endpoint_returns_the_report()
    {
        var token = await _hmrc.GetApplicationTokenAsync();
        var good = await SendValidateAsync(token, GoodHeaders());
        var headers = GoodHeaders();
        headers.Remove("Gov-Client-Device-ID");
        var missing = await SendValidateAsync(token, headers);

        var goodBody = await ApiResponse.AssertSuccessAsync(good, HttpStatusCode.OK);
        Assert.Equal("VALID_HEADERS", goodBody.GetProperty("code").GetString());
        Assert.Equal("3.3", goodBody.GetProperty("specVersion").GetString());
        Assert.False(goodBody.TryGetProperty("errors", out _));
        var missingBody = await ApiResponse.AssertSuccessAsync(missing, HttpStatusCode.OK);
        Assert.Equal("INVALID_HEADERS", missingBody.GetProperty("code").GetString());
        var error = Assert.Single(missingBody.GetProperty("errors").EnumerateArray());
        Assert.Equal("MISSING_HEADER", error.GetProperty("code").GetString());
        Assert.Equal("gov-client-device-id", Assert.Single(error.GetProperty("headers").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task Income_tax_call_is_checked_but_never_failed()
    {
        var token = await _hmrc.GetAccessTokenAsync();

        var response = await _hmrc.ApiAsync(HttpMethod.Get, $"/individuals/business/details/{Requests.Nino}/list", token, "2.0");
        var results = await ApiResponse.ReadAsync(await _hmrc.Client.GetAsync("/test-support/fraud-prevention-headers"));
        var page = await (await _hmrc.Client.GetAsync("/fraud-prevention-headers")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var latest = results.EnumerateArray().First(record => record.GetProperty("path").GetString()!.StartsWith("/individuals/business/details/", StringComparison.Ordinal));
        Assert.DoesNotContain(Requests.Nino, latest.GetProperty("path").GetString()!, StringComparison.Ordinal);
        Assert.Equal("Business Details", latest.GetProperty("api").GetString());
        Assert.Equal(200, latest.GetProperty("statusCode").GetInt32());
        Assert.Equal("INVALID_HEADERS", latest.GetProperty("report").GetProperty("code").GetString());
        Assert.Contains("MISSING_HEADER", page, StringComparison.Ordinal);
        Assert.Contains("<h1>Fraud prevention headers</h1>", page, StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> SendValidateAsync(string token, Dictionary<string, string> headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/test/fraud-prevention-headers/validate");
        request.Headers.TryAddWithoutValidation("Accept", "application/vnd.hmrc.1.0+json");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return _hmrc.Client.SendAsync(request);
    }
}
