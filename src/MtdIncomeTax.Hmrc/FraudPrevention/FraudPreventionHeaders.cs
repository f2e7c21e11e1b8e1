using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using static MtdIncomeTax.Hmrc.FraudPrevention.FraudPreventionEncoding;

namespace MtdIncomeTax.Hmrc.FraudPrevention;

/// <summary>
/// Builds the fraud prevention headers for WEB_APP_VIA_SERVER from the person's data and our
/// vendor settings, in the formats of HMRC's specification 3.3. A header whose value could not
/// be collected is left out, never sent empty or with a placeholder, as HMRC's missing-data rule
/// requires.
/// </summary>
public static class FraudPreventionHeaders
{
    private const string UserIdSuffix = "-user-id";

    /// <summary>Returns each header that has a value, as name and value, in the order of HMRC's specification.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Build(FraudPreventionClientData? client, FraudPreventionOptions options)
    {
        client ??= new FraudPreventionClientData();
        var headers = new List<KeyValuePair<string, string>>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                headers.Add(KeyValuePair.Create(name, value));
            }
        }

        Add(FraudPreventionHeaderNames.ConnectionMethod, FraudPreventionHeaderNames.WebAppViaServer);
        Add(FraudPreventionHeaderNames.BrowserJsUserAgent, client.JsUserAgent is null ? null : EncodeNonAscii(client.JsUserAgent));
        Add(FraudPreventionHeaderNames.DeviceId, client.DeviceId?.ToString("D"));
        Add(FraudPreventionHeaderNames.MultiFactor, MultiFactor(client.MultiFactor));
        Add(FraudPreventionHeaderNames.PublicIp, client.PublicIp?.ToString());
        Add(FraudPreventionHeaderNames.PublicIpTimestamp, client.PublicIp is null ? null : Timestamp(client.PublicIpCapturedAt));
        Add(FraudPreventionHeaderNames.PublicPort, client.PublicIp is null ? null : Port(client.PublicPort));
        Add(FraudPreventionHeaderNames.Screens, Screens(client.Screens));
        Add(FraudPreventionHeaderNames.Timezone, Timezone(client.TimezoneOffsetMinutes));
        Add(FraudPreventionHeaderNames.UserIds, KeyValues(client.UserIds.Select(id => KeyValuePair.Create(id.Key, (string?)id.Value))));
        Add(FraudPreventionHeaderNames.WindowSize, WindowSize(client.WindowWidth, client.WindowHeight));
        Add(FraudPreventionHeaderNames.VendorForwarded, VendorForwarded(client.PublicIp, options));
        Add(FraudPreventionHeaderNames.VendorLicenseIds, LicenceIds(options.LicenceKeys));
        Add(FraudPreventionHeaderNames.VendorProductName, Encode(options.ProductName));
        Add(FraudPreventionHeaderNames.VendorPublicIp, VendorPublicIp(options));
        Add(FraudPreventionHeaderNames.VendorVersion, KeyValues([KeyValuePair.Create(options.SoftwareName, (string?)options.EffectiveVersion)]));

        return headers;
    }

    /// <summary>Returns the Gov-Client-User-IDs pairs: our key with the person's sign-in name, and our internal user ID.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> UserIds(FraudPreventionOptions options, string? signInName, Guid userId)
    {
        var ids = new List<KeyValuePair<string, string>>();
        if (!string.IsNullOrWhiteSpace(signInName))
        {
            ids.Add(KeyValuePair.Create(options.SoftwareName, signInName));
        }

        ids.Add(KeyValuePair.Create(options.SoftwareName + UserIdSuffix, userId.ToString("D")));
        return ids;
    }

    /// <summary>Returns UTC±hh:mm for an offset from UTC in minutes; 60 gives UTC+01:00.</summary>
    public static string? Timezone(int? offsetMinutes)
    {
        if (offsetMinutes is not { } minutes)
        {
            return null;
        }

        var sign = minutes < 0 ? '-' : '+';
        var absolute = Math.Abs(minutes);
        return string.Create(CultureInfo.InvariantCulture, $"UTC{sign}{absolute / 60:00}:{absolute % 60:00}");
    }

    private static string? MultiFactor(IReadOnlyList<MultiFactorEntry> factors) =>
        List(factors.Select(factor => KeyValues(
        [
            KeyValuePair.Create("type", (string?)factor.Type),
            KeyValuePair.Create("timestamp", (string?)factor.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            KeyValuePair.Create("unique-reference", (string?)factor.UniqueReference),
        ])));

    private static string? Timestamp(DateTimeOffset? capturedAt) =>
        capturedAt?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string? Port(int? port) =>
        port is >= 1 and <= 65535 ? port.Value.ToString(CultureInfo.InvariantCulture) : null;

    private static string Screens(IReadOnlyList<ClientScreen> screens) =>
        List(screens.Select(screen => KeyValues(
        [
            KeyValuePair.Create("width", (string?)Integer(screen.Width)),
            KeyValuePair.Create("height", (string?)Integer(screen.Height)),
            KeyValuePair.Create("scaling-factor", (string?)screen.ScalingFactor.ToString("0.####", CultureInfo.InvariantCulture)),
            KeyValuePair.Create("colour-depth", (string?)Integer(screen.ColourDepth)),
        ])));

    private static string? WindowSize(int? width, int? height) =>
        width is > 0 && height is > 0
            ? KeyValues([KeyValuePair.Create("width", (string?)Integer(width.Value)), KeyValuePair.Create("height", (string?)Integer(height.Value))])
            : null;

    /// <summary>
    /// One by/for pair per hop over the internet that terminates TLS: the first is received by our
    /// vendor public IP from the person's device, and each further hop from the hop before it.
    /// </summary>
    private static string? VendorForwarded(IPAddress? clientIp, FraudPreventionOptions options)
    {
        var vendorIp = VendorPublicIp(options);
        if (vendorIp is null)
        {
            return null;
        }

        var hops = new List<string>
        {
            KeyValues([KeyValuePair.Create("by", (string?)vendorIp), KeyValuePair.Create("for", clientIp?.ToString())]),
        };
        var previous = vendorIp;
        foreach (var hop in options.FurtherHops.Select(Normalise).OfType<string>())
        {
            hops.Add(KeyValues([KeyValuePair.Create("by", (string?)hop), KeyValuePair.Create("for", (string?)previous)]));
            previous = hop;
        }

        return List(hops);
    }

    private static string? LicenceIds(Dictionary<string, string> licenceKeys) =>
        KeyValues(licenceKeys
            .Where(licence => !string.IsNullOrWhiteSpace(licence.Value))
            .OrderBy(licence => licence.Key, StringComparer.Ordinal)
            .Select(licence => KeyValuePair.Create(licence.Key, (string?)Sha256Hex(licence.Value))));

    private static string? VendorPublicIp(FraudPreventionOptions options) => Normalise(options.VendorPublicIp);

    private static string? Normalise(string? address) =>
        IPAddress.TryParse(address, out var parsed) ? parsed.ToString() : null;

    private static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Sha256Hex(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    /// <summary>Percent-encodes the UTF-8 bytes of characters outside printable US-ASCII, and % itself, leaving the rest as reported.</summary>
    private static string EncodeNonAscii(string value)
    {
        var builder = new StringBuilder(value.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.Value is >= 0x20 and < 0x7F && rune.Value != '%')
            {
                builder.Append((char)rune.Value);
                continue;
            }

            var count = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..count])
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
