using System.Globalization;
using System.Net;

namespace MtdIncomeTax.Web.FraudPrevention;

/// <summary>
/// Finds the person's address from the connection and, only when that connection comes from a
/// trusted proxy, from X-Forwarded-For. Each proxy appends the address it received the request
/// from, so the list is read from the right: every trusted address is one of our own hops, and
/// the first untrusted one is the client. Entries may carry a port (192.0.2.1:51432 or
/// [2001:db8::1]:51432), as some proxies add it.
/// </summary>
public static class ClientAddressResolver
{
    public static ClientAddress? Resolve(
        IPAddress? remoteIp,
        int remotePort,
        string? forwardedFor,
        string? forwardedPort,
        TrustedProxies trustedProxies)
    {
        if (remoteIp is null)
        {
            return null;
        }

        var client = new ClientAddress(TrustedProxies.Unmapped(remoteIp), remotePort is > 0 ? remotePort : null);
        if (!trustedProxies.Contains(client.Ip))
        {
            return client;
        }

        var entries = (forwardedFor ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var index = entries.Length - 1; index >= 0; index--)
        {
            // An entry we cannot read ends the chain we can vouch for, and the last proxy read is the client we know.
            if (ParseEntry(entries[index]) is not { } entry)
            {
                break;
            }

            client = entry with { Port = entry.Port ?? ParsePort(forwardedPort) };
            if (!trustedProxies.Contains(client.Ip))
            {
                break;
            }
        }

        return client;
    }

    private static ClientAddress? ParseEntry(string entry)
    {
        // A port follows an IPv4 address after its only colon, and an IPv6 address after its brackets.
        var hasPort = entry.StartsWith('[') || entry.Count(character => character == ':') == 1;
        if (hasPort)
        {
            return IPEndPoint.TryParse(entry, out var endPoint)
                ? new ClientAddress(TrustedProxies.Unmapped(endPoint.Address), endPoint.Port > 0 ? endPoint.Port : null)
                : null;
        }

        return IPAddress.TryParse(entry, out var address) ? new ClientAddress(TrustedProxies.Unmapped(address), null) : null;
    }

    private static int? ParsePort(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535
            ? port
            : null;
}
