using System.Net;

namespace MtdIncomeTax.Web.FraudPrevention;

/// <summary>The configured proxies whose X-Forwarded-For we believe.</summary>
public sealed class TrustedProxies(IReadOnlyList<IPNetwork> networks)
{
    public static TrustedProxies None { get; } = new([]);

    public static TrustedProxies From(IEnumerable<string> entries) =>
        new(entries.Select(Parse).OfType<IPNetwork>().ToList());

    /// <summary>Parses an address (a network of one) or a CIDR network; returns null when it is neither.</summary>
    public static IPNetwork? Parse(string entry)
    {
        if (IPAddress.TryParse(entry, out var address))
        {
            address = Unmapped(address);
            return new IPNetwork(address, address.GetAddressBytes().Length * 8);
        }

        return IPNetwork.TryParse(entry, out var network) ? network : null;
    }

    public bool Contains(IPAddress address) => networks.Any(network => network.Contains(Unmapped(address)));

    /// <summary>Returns an IPv4 address that arrived as IPv6 (::ffff:192.0.2.1) in its IPv4 form.</summary>
    public static IPAddress Unmapped(IPAddress address) =>
        address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
