using System.Net;
using MtdIncomeTax.Web.FraudPrevention;

namespace MtdIncomeTax.UnitTests.Web.FraudPrevention;

public sealed class ClientAddressResolverTests
{
    private static readonly TrustedProxies OurProxies = TrustedProxies.From(["10.0.0.0/8", "203.0.113.80"]);

    private static ClientAddress? Resolve(string remote, int port, string? forwardedFor, string? forwardedPort = null) =>
        ClientAddressResolver.Resolve(IPAddress.Parse(remote), port, forwardedFor, forwardedPort, OurProxies);

    [Fact]
    public void Direct_connection_is_the_client()
    {
        var client = Resolve("198.51.100.7", 51432, forwardedFor: null);

        Assert.Equal(new ClientAddress(IPAddress.Parse("198.51.100.7"), 51432), client);
    }

    [Fact]
    public void Forwarded_for_from_an_untrusted_sender_is_ignored()
    {
        var client = Resolve("198.51.100.7", 51432, "192.0.2.99");

        Assert.Equal(new ClientAddress(IPAddress.Parse("198.51.100.7"), 51432), client);
    }

    [Fact]
    public void Ipv6_client_behind_a_trusted_proxy()
    {
        var client = Resolve("10.0.0.5", 40000, "[2001:db8::7]:51432");

        Assert.Equal(new ClientAddress(IPAddress.Parse("2001:db8::7"), 51432), client);
    }

    [Fact]
    public void Chain_of_two_proxies_gives_the_first_sender()
    {
        // The browser reaches our WAF at 203.0.113.80, which forwards to our load balancer at
        // 10.0.0.5; each appends the address it received the request from.
        var client = Resolve("10.0.0.5", 40000, "198.51.100.7:51432, 203.0.113.80");

        Assert.Equal(new ClientAddress(IPAddress.Parse("198.51.100.7"), 51432), client);
    }

    [Fact]
    public void Spoofed_entries_left_of_the_client_are_ignored()
    {
        var client = Resolve("10.0.0.5", 40000, "192.0.2.1, 198.51.100.7:51432, 203.0.113.80");

        Assert.Equal(IPAddress.Parse("198.51.100.7"), client!.Ip);
    }

    [Fact]
    public void Port_header_fills_a_port_missing_from_forwarded_for()
    {
        var client = Resolve("10.0.0.5", 40000, "198.51.100.7", forwardedPort: "51432");

        Assert.Equal(new ClientAddress(IPAddress.Parse("198.51.100.7"), 51432), client);
    }

    [Fact]
    public void Ipv4_mapped_remote_address_is_unmapped()
    {
        var client = Resolve("::ffff:198.51.100.7", 51432, forwardedFor: null);

        Assert.Equal("198.51.100.7", client!.Ip.ToString());
    }

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("::1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.20.0.1", false)]
    [InlineData("192.168.1.20", false)]
    [InlineData("fd00::1", false)]
    [InlineData("198.51.100.7", true)]
    [InlineData("2001:db8::7", true)]
    [InlineData("81.2.69.142", true)]
    public void Only_internet_addresses_are_public(string address, bool expected) =>
        Assert.Equal(expected, PublicAddress.IsPublic(IPAddress.Parse(address)));
}
