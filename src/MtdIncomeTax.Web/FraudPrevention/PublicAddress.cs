using System.Net;

namespace MtdIncomeTax.Web.FraudPrevention;

/// <summary>
/// Tells a public address from one of a private network. HMRC wants Gov-Client-Public-IP only for
/// a device that reaches us over the internet; over a private network there is no value to send.
/// The documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) count
/// as public, so that examples and tests can stand in for real addresses.
/// </summary>
public static class PublicAddress
{
    private static readonly IPNetwork[] NotPublic =
    [
        IPNetwork.Parse("0.0.0.0/8"),
        IPNetwork.Parse("10.0.0.0/8"),
        IPNetwork.Parse("100.64.0.0/10"),
        IPNetwork.Parse("127.0.0.0/8"),
        IPNetwork.Parse("169.254.0.0/16"),
        IPNetwork.Parse("172.16.0.0/12"),
        IPNetwork.Parse("192.168.0.0/16"),
        IPNetwork.Parse("224.0.0.0/3"),
        IPNetwork.Parse("::/127"),
        IPNetwork.Parse("fc00::/7"),
        IPNetwork.Parse("fe80::/10"),
        IPNetwork.Parse("ff00::/8"),
    ];

    public static bool IsPublic(IPAddress address)
    {
        var unmapped = TrustedProxies.Unmapped(address);
        return !NotPublic.Any(network => network.Contains(unmapped));
    }
}
