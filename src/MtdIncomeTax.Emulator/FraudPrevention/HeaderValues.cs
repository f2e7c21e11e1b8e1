using System.Net;
using System.Text.RegularExpressions;

namespace MtdIncomeTax.Emulator.FraudPrevention;

/// <summary>
/// Reads header values in HMRC's encoding: key-value structures k=v&amp;k=v and comma-separated
/// lists of them, with every key and value percent-encoded (RFC 3986) and the separators not.
/// </summary>
internal static partial class HeaderValues
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

    /// <summary>Parses k=v&amp;k=v into decoded pairs; returns null when a key or value is not percent-encoded.</summary>
    public static IReadOnlyDictionary<string, string>? KeyValues(string value)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in value.Split('&'))
        {
            var separator = pair.IndexOf('=', StringComparison.Ordinal);
            var key = separator < 0 ? pair : pair[..separator];
            var item = separator < 0 ? "" : pair[(separator + 1)..];
            if (key.Length == 0 || !IsEncoded(key) || !IsEncoded(item))
            {
                return null;
            }

            pairs[Uri.UnescapeDataString(key)] = Uri.UnescapeDataString(item);
        }

        return pairs;
    }

    /// <summary>Parses a list of key-value structures; returns null when an item is empty or not encoded.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>>? ListOfKeyValues(string value)
    {
        var items = new List<IReadOnlyDictionary<string, string>>();
        foreach (var item in value.Split(','))
        {
            if (item.Length == 0 || KeyValues(item) is not { } pairs)
            {
                return null;
            }

            items.Add(pairs);
        }

        return items;
    }

    /// <summary>True when the text has only RFC 3986 unreserved characters and %XX escapes.</summary>
    public static bool IsEncoded(string text) => Encoded().IsMatch(text);

    public static bool IsPositiveInteger(string? text) =>
        text is not null && PositiveInteger().IsMatch(text) && int.TryParse(text, out var number) && number > 0;

    public static bool IsPositiveNumber(string? text) =>
        text is not null && PositiveNumber().IsMatch(text)
        && decimal.TryParse(text, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var number)
        && number > 0;

    /// <summary>
    /// True for an address on the internet. The documentation ranges count as public, as they do
    /// in HMRC's own examples, so that tests can use them.
    /// </summary>
    public static bool IsPublicIp(string? text)
    {
        if (!IPAddress.TryParse(text, out var address) || text.Contains('%', StringComparison.Ordinal))
        {
            return false;
        }

        var unmapped = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return !NotPublic.Any(network => network.Contains(unmapped));
    }

    [GeneratedRegex("^(?:[A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})*$")]
    private static partial Regex Encoded();

    [GeneratedRegex("^[1-9][0-9]{0,8}$")]
    private static partial Regex PositiveInteger();

    [GeneratedRegex(@"^[0-9]{1,4}(\.[0-9]{1,10})?$")]
    private static partial Regex PositiveNumber();
}
