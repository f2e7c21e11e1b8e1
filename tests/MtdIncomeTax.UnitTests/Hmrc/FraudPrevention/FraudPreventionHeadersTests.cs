using System.Net;
using MtdIncomeTax.Hmrc.FraudPrevention;

namespace MtdIncomeTax.UnitTests.Hmrc.FraudPrevention;

public sealed class FraudPreventionHeadersTests
{
    private static readonly Guid UserId = Guid.Parse("0b7e4c1a-7d1e-4f57-9f0e-2d6c8a3b5e10");

    private static FraudPreventionOptions Options() => new()
    {
        ProductName = "MtdIncomeTax Online",
        SoftwareName = "mtdincometax",
        Version = "1.4.0",
        VendorPublicIp = "203.0.113.77",
        LicenceKeys = new() { ["mtdincometax"] = "licence-1" },
    };

    private static FraudPreventionClientData Client() => new()
    {
        DeviceId = Guid.Parse("5c0b7f3e-2d4a-4e61-9a8f-0c1d2e3f4a5b"),
        JsUserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
        Screens = [new ClientScreen(1920, 1080, 1m, 24)],
        WindowWidth = 1536,
        WindowHeight = 864,
        TimezoneOffsetMinutes = 0,
        PublicIp = IPAddress.Parse("198.51.100.7"),
        PublicPort = 51432,
        PublicIpCapturedAt = new DateTimeOffset(2025, 3, 4, 9, 16, 2, 480, TimeSpan.Zero),
        UserIds = FraudPreventionHeaders.UserIds(Options(), "jo@example.test", UserId),
        MultiFactor = [new MultiFactorEntry(MultiFactorEntry.AuthCode, new DateTimeOffset(2025, 3, 4, 9, 14, 51, TimeSpan.Zero), "6d2f0a9c41be")],
    };

    private static Dictionary<string, string> Build(FraudPreventionClientData? client, FraudPreventionOptions? options = null) =>
        FraudPreventionHeaders.Build(client, options ?? Options()).ToDictionary(header => header.Key, header => header.Value);

    [Fact]
    public void Complete_data_gives_all_sixteen_headers()
    {
        var headers = Build(Client());

        Assert.Equal(FraudPreventionHeaderNames.All, headers.Keys);
        Assert.Equal("WEB_APP_VIA_SERVER", headers["Gov-Client-Connection-Method"]);
        Assert.Equal("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36", headers["Gov-Client-Browser-JS-User-Agent"]);
        Assert.Equal("5c0b7f3e-2d4a-4e61-9a8f-0c1d2e3f4a5b", headers["Gov-Client-Device-ID"]);
        Assert.Equal("type=AUTH_CODE&timestamp=2025-03-04T09%3A14%3A51Z&unique-reference=6d2f0a9c41be", headers["Gov-Client-Multi-Factor"]);
        Assert.Equal("198.51.100.7", headers["Gov-Client-Public-IP"]);
        Assert.Equal("2025-03-04T09:16:02.480Z", headers["Gov-Client-Public-IP-Timestamp"]);
        Assert.Equal("51432", headers["Gov-Client-Public-Port"]);
        Assert.Equal("width=1920&height=1080&scaling-factor=1&colour-depth=24", headers["Gov-Client-Screens"]);
        Assert.Equal("UTC+00:00", headers["Gov-Client-Timezone"]);
        Assert.Equal("mtdincometax=jo%40example.test&mtdincometax-user-id=0b7e4c1a-7d1e-4f57-9f0e-2d6c8a3b5e10", headers["Gov-Client-User-IDs"]);
        Assert.Equal("width=1536&height=864", headers["Gov-Client-Window-Size"]);
        Assert.Equal("by=203.0.113.77&for=198.51.100.7", headers["Gov-Vendor-Forwarded"]);
        Assert.Equal("mtdincometax=330d30bff909bda1d50d208d497774a78995d99764f720747413bf6a8ed483a0", headers["Gov-Vendor-License-IDs"]);
        Assert.Equal("MtdIncomeTax%20Online", headers["Gov-Vendor-Product-Name"]);
        Assert.Equal("203.0.113.77", headers["Gov-Vendor-Public-IP"]);
        Assert.Equal("mtdincometax=1.4.0", headers["Gov-Vendor-Version"]);
    }

    [Fact]
    public void Ipv6_client_is_sent_plain_and_encoded_in_forwarded()
    {
        var headers = Build(Client() with { PublicIp = IPAddress.Parse("2001:0db8:0000:0000:0000:0000:0000:0007") });

        Assert.Equal("2001:db8::7", headers["Gov-Client-Public-IP"]);
        Assert.Equal("by=203.0.113.77&for=2001%3Adb8%3A%3A7", headers["Gov-Vendor-Forwarded"]);
    }

    [Fact]
    public void Two_screens_with_fractional_scaling_are_listed()
    {
        var headers = Build(Client() with
        {
            Screens = [new ClientScreen(1920, 1080, 1m, 24), new ClientScreen(3000, 2000, 1.25m, 30)],
        });

        Assert.Equal(
            "width=1920&height=1080&scaling-factor=1&colour-depth=24,width=3000&height=2000&scaling-factor=1.25&colour-depth=30",
            headers["Gov-Client-Screens"]);
    }

    [Fact]
    public void Long_scaling_factor_is_rounded_to_four_places()
    {
        var headers = Build(Client() with { Screens = [new ClientScreen(1280, 720, 1.100000023841858m, 24)] });

        Assert.Equal("width=1280&height=720&scaling-factor=1.1&colour-depth=24", headers["Gov-Client-Screens"]);
    }

    [Fact]
    public void London_in_july_is_utc_plus_one()
    {
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var july = new DateTimeOffset(2025, 7, 15, 12, 0, 0, TimeSpan.Zero);
        var offsetMinutes = (int)london.GetUtcOffset(july).TotalMinutes;

        var headers = Build(Client() with { TimezoneOffsetMinutes = offsetMinutes });

        Assert.Equal("UTC+01:00", headers["Gov-Client-Timezone"]);
    }

    [Theory]
    [InlineData(0, "UTC+00:00")]
    [InlineData(60, "UTC+01:00")]
    [InlineData(-330, "UTC-05:30")]
    [InlineData(345, "UTC+05:45")]
    [InlineData(840, "UTC+14:00")]
    public void Timezone_offset_is_formatted(int offsetMinutes, string expected) =>
        Assert.Equal(expected, FraudPreventionHeaders.Timezone(offsetMinutes));

    [Fact]
    public void User_id_with_at_sign_and_spaces_is_percent_encoded()
    {
        var headers = Build(Client() with { UserIds = FraudPreventionHeaders.UserIds(Options(), "jo smith@example.test", UserId) });

        Assert.Equal(
            "mtdincometax=jo%20smith%40example.test&mtdincometax-user-id=0b7e4c1a-7d1e-4f57-9f0e-2d6c8a3b5e10",
            headers["Gov-Client-User-IDs"]);
    }

    [Fact]
    public void Each_further_hop_is_forwarded_from_the_one_before()
    {
        var options = Options();
        options.FurtherHops = ["203.0.113.80", "2001:db8::50"];

        var headers = Build(Client(), options);

        Assert.Equal(
            "by=203.0.113.77&for=198.51.100.7,by=203.0.113.80&for=203.0.113.77,by=2001%3Adb8%3A%3A50&for=203.0.113.80",
            headers["Gov-Vendor-Forwarded"]);
    }

    [Fact]
    public void No_second_factor_leaves_the_header_out()
    {
        var headers = Build(Client() with { MultiFactor = [] });

        Assert.DoesNotContain("Gov-Client-Multi-Factor", headers.Keys);
        Assert.Equal(15, headers.Count);
    }

    [Fact]
    public void Two_factors_are_listed()
    {
        var at = new DateTimeOffset(2025, 3, 4, 9, 14, 0, TimeSpan.Zero);

        var headers = Build(Client() with
        {
            MultiFactor = [new MultiFactorEntry(MultiFactorEntry.Totp, at, "a1"), new MultiFactorEntry(MultiFactorEntry.AuthCode, at.AddMinutes(1), "b2")],
        });

        Assert.Equal(
            "type=TOTP&timestamp=2025-03-04T09%3A14%3A00Z&unique-reference=a1,type=AUTH_CODE&timestamp=2025-03-04T09%3A15%3A00Z&unique-reference=b2",
            headers["Gov-Client-Multi-Factor"]);
    }

    [Fact]
    public void Missing_browser_data_leaves_browser_headers_out()
    {
        var headers = Build(Client() with
        {
            JsUserAgent = null,
            Screens = [],
            WindowWidth = null,
            WindowHeight = null,
            TimezoneOffsetMinutes = null,
        });

        Assert.DoesNotContain("Gov-Client-Browser-JS-User-Agent", headers.Keys);
        Assert.DoesNotContain("Gov-Client-Screens", headers.Keys);
        Assert.DoesNotContain("Gov-Client-Window-Size", headers.Keys);
        Assert.DoesNotContain("Gov-Client-Timezone", headers.Keys);
        Assert.Equal("5c0b7f3e-2d4a-4e61-9a8f-0c1d2e3f4a5b", headers["Gov-Client-Device-ID"]);
        Assert.All(headers.Values, value => Assert.NotEmpty(value));
    }

    [Fact]
    public void Private_network_client_leaves_address_headers_out()
    {
        var headers = Build(Client() with { PublicIp = null });

        Assert.DoesNotContain("Gov-Client-Public-IP", headers.Keys);
        Assert.DoesNotContain("Gov-Client-Public-IP-Timestamp", headers.Keys);
        Assert.DoesNotContain("Gov-Client-Public-Port", headers.Keys);
        Assert.Equal("by=203.0.113.77", headers["Gov-Vendor-Forwarded"]);
    }

    [Fact]
    public void No_person_gives_only_our_own_headers()
    {
        var headers = Build(null);

        Assert.Equal(
            ["Gov-Client-Connection-Method", "Gov-Vendor-Forwarded", "Gov-Vendor-License-IDs", "Gov-Vendor-Product-Name", "Gov-Vendor-Public-IP", "Gov-Vendor-Version"],
            headers.Keys);
    }

    [Fact]
    public void Non_ascii_user_agent_is_percent_encoded()
    {
        var headers = Build(Client() with { JsUserAgent = "Mozilla/5.0 (Linux; Android 14; Pixel é) 100%" });

        Assert.Equal("Mozilla/5.0 (Linux; Android 14; Pixel %C3%A9) 100%25", headers["Gov-Client-Browser-JS-User-Agent"]);
    }

    [Fact]
    public void Unknown_client_port_leaves_header_out()
    {
        Assert.DoesNotContain("Gov-Client-Public-Port", Build(Client() with { PublicPort = null }).Keys);
        Assert.DoesNotContain("Gov-Client-Public-Port", Build(Client() with { PublicPort = 0 }).Keys);
    }
}
