using System.Globalization;
using System.Text.RegularExpressions;
using static MtdIncomeTax.Emulator.FraudPrevention.HeaderValues;

namespace MtdIncomeTax.Emulator.FraudPrevention;

/// <summary>
/// Checks the fraud prevention headers of a request against HMRC's specification 3.3 for the
/// WEB_APP_VIA_SERVER connection method, as HMRC's Test Fraud Prevention Headers API does.
/// Missing or malformed values are errors. Empty headers, headers that HMRC accepts missing under
/// its missing-data process, doubtful values and headers the method does not use are warnings.
/// </summary>
internal static partial class FraudHeaderValidator
{
    private const string ConnectionMethod = "gov-client-connection-method";
    private const string JsUserAgent = "gov-client-browser-js-user-agent";
    private const string DeviceId = "gov-client-device-id";
    private const string MultiFactor = "gov-client-multi-factor";
    private const string PublicIp = "gov-client-public-ip";
    private const string PublicIpTimestamp = "gov-client-public-ip-timestamp";
    private const string PublicPort = "gov-client-public-port";
    private const string Screens = "gov-client-screens";
    private const string Timezone = "gov-client-timezone";
    private const string UserIds = "gov-client-user-ids";
    private const string WindowSize = "gov-client-window-size";
    private const string VendorForwarded = "gov-vendor-forwarded";
    private const string VendorLicenseIds = "gov-vendor-license-ids";
    private const string VendorProductName = "gov-vendor-product-name";
    private const string VendorPublicIp = "gov-vendor-public-ip";
    private const string VendorVersion = "gov-vendor-version";

    public const string WebAppViaServer = "WEB_APP_VIA_SERVER";

    private const string HeaderRequired = "Header required";
    private const string PrivateNetworkMissing =
        "Header missing. You will not be able to submit a header if the connection is between client and server in a private network.";

    /// <summary>Headers whose absence HMRC accepts under the missing-data process, so it is a warning.</summary>
    private static readonly HashSet<string> MayBeMissing = [MultiFactor, VendorLicenseIds];

    private static readonly HashSet<string> PrivateNetworkHeaders = [PublicIp, PublicIpTimestamp, PublicPort];

    /// <summary>Headers that earlier specifications required of web apps; HMRC tolerates them.</summary>
    private static readonly HashSet<string> Tolerated =
    [
        "gov-client-browser-do-not-track", "gov-client-browser-plugins", "gov-client-local-ips", "gov-client-local-ips-timestamp",
    ];

    private static readonly string[] Required =
    [
        ConnectionMethod, JsUserAgent, DeviceId, MultiFactor, PublicIp, PublicIpTimestamp, PublicPort, Screens, Timezone,
        UserIds, WindowSize, VendorForwarded, VendorLicenseIds, VendorProductName, VendorPublicIp, VendorVersion,
    ];

    private static readonly HashSet<string> FactorTypes = ["TOTP", "AUTH_CODE", "OTHER"];

    public static FraudHeaderReport Validate(IHeaderDictionary headers)
    {
        var issues = new IssueCollector();
        var values = Required.ToDictionary(name => name, name => headers.TryGetValue(name, out var value) ? value.ToString() : null);

        foreach (var (name, value) in values)
        {
            if (value is null)
            {
                ReportMissing(issues, name);
            }
            else if (value.Trim().Length == 0)
            {
                issues.Warning("EMPTY_HEADER", "Header is empty. Send an empty header only after agreeing the missing data with HMRC.", name);
            }
            else
            {
                CheckValue(issues, name, value, values);
            }
        }

        foreach (var header in headers.Keys)
        {
            var name = header.ToLowerInvariant();
            if (name.StartsWith("gov-", StringComparison.Ordinal) && !name.StartsWith("gov-test-", StringComparison.Ordinal)
                && !values.ContainsKey(name) && !Tolerated.Contains(name))
            {
                issues.Warning("UNEXPECTED_HEADER", "Header not expected for the WEB_APP_VIA_SERVER connection method", name);
            }
        }

        return FraudHeaderReport.From(issues.Errors, issues.Warnings);
    }

    private static void ReportMissing(IssueCollector issues, string name)
    {
        if (MayBeMissing.Contains(name))
        {
            issues.Warning("MISSING_HEADER", HeaderRequired, name);
        }
        else
        {
            issues.Error("MISSING_HEADER", PrivateNetworkHeaders.Contains(name) ? PrivateNetworkMissing : HeaderRequired, name);
        }
    }

    private static void CheckValue(IssueCollector issues, string name, string value, Dictionary<string, string?> values)
    {
        var problem = name switch
        {
            ConnectionMethod => value == WebAppViaServer ? null : "Value must be WEB_APP_VIA_SERVER; the emulator checks that connection method only",
            JsUserAgent => JsUserAgentProblem(value),
            DeviceId => Guid.TryParseExact(value, "D", out _) ? null : "Value must be a UUID, such as 5c0b7f3e-2d4a-4e61-9a8f-0c1d2e3f4a5b",
            MultiFactor => MultiFactorProblem(value),
            PublicIp or VendorPublicIp => IsPublicIp(value) ? null : "Value must be a public IP address",
            PublicIpTimestamp => TimestampProblem(value),
            PublicPort => PortProblem(value),
            Screens => ScreensProblem(value),
            Timezone => TimezonePattern().IsMatch(value) ? null : "Value must be UTC followed by an offset of the form +hh:mm or -hh:mm",
            UserIds => UserIdsProblem(issues, value),
            WindowSize => SizeProblem(KeyValues(value), "width", "height"),
            VendorForwarded => ForwardedProblem(value, values[PublicIp], values[VendorPublicIp]),
            VendorLicenseIds => LicenceIdsProblem(issues, value),
            VendorProductName => IsEncoded(value) ? null : "Value must be percent-encoded",
            VendorVersion => KeyValues(value) is { Count: > 0 } versions && versions.Values.All(version => version.Length > 0)
                ? null
                : "Value must be key-value pairs of software name and version, percent-encoded",
            _ => null,
        };

        if (problem is not null)
        {
            issues.Error("INVALID_HEADER", problem, name);
        }
    }

    private static string? JsUserAgentProblem(string value)
    {
        if (value.Any(character => character is < ' ' or > '~'))
        {
            return "Value must be US-ASCII, with other characters percent-encoded";
        }

        return value.Contains('/', StringComparison.Ordinal) ? null : "Value must be the user agent the browser's JavaScript reports";
    }

    private static string? MultiFactorProblem(string value)
    {
        var factors = ListOfKeyValues(value);
        if (factors is null)
        {
            return "Value must be a list of percent-encoded key-value structures";
        }

        foreach (var factor in factors)
        {
            if (!factor.TryGetValue("type", out var type) || !FactorTypes.Contains(type))
            {
                return "Each factor's type must be TOTP, AUTH_CODE or OTHER";
            }

            if (!factor.TryGetValue("timestamp", out var timestamp) || !FactorTimestampPattern().IsMatch(timestamp))
            {
                return "Each factor's timestamp must be UTC in the form yyyy-MM-ddThh:mmZ, with optional seconds and milliseconds";
            }

            if (!factor.TryGetValue("unique-reference", out var reference) || reference.Length == 0)
            {
                return "Each factor needs a unique-reference";
            }
        }

        return null;
    }

    private static string? TimestampProblem(string value) =>
        TimestampPattern().IsMatch(value)
        && DateTime.TryParseExact(value, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out _)
            ? null
            : "Value must be a UTC timestamp in the form yyyy-MM-ddThh:mm:ss.sssZ";

    private static string? PortProblem(string value) =>
        IsPositiveInteger(value) && int.Parse(value, CultureInfo.InvariantCulture) is <= 65535 and not 80 and not 443
            ? null
            : "Value must be the client's port, from 1 to 65535 and not a server port such as 80 or 443";

    private static string? ScreensProblem(string value)
    {
        var screens = ListOfKeyValues(value);
        if (screens is null)
        {
            return "Value must be a list of percent-encoded key-value structures";
        }

        foreach (var screen in screens)
        {
            var size = SizeProblem(screen, "width", "height");
            if (size is not null)
            {
                return size;
            }

            if (!IsPositiveNumber(screen.GetValueOrDefault("scaling-factor")))
            {
                return "Each screen's scaling-factor must be a positive number";
            }

            if (!IsPositiveInteger(screen.GetValueOrDefault("colour-depth")))
            {
                return "Each screen's colour-depth must be a positive whole number of bits";
            }
        }

        return null;
    }

    private static string? SizeProblem(IReadOnlyDictionary<string, string>? pairs, string widthKey, string heightKey) =>
        pairs is not null && IsPositiveInteger(pairs.GetValueOrDefault(widthKey)) && IsPositiveInteger(pairs.GetValueOrDefault(heightKey))
            ? null
            : $"Value must have {widthKey} and {heightKey} as positive whole numbers of pixels, percent-encoded";

    private static string? UserIdsProblem(IssueCollector issues, string value)
    {
        var ids = KeyValues(value);
        if (ids is null || ids.Count == 0 || ids.Values.All(id => id.Length == 0))
        {
            return "Value must be key-value pairs of account name and user ID, percent-encoded";
        }

        if (ids.ContainsKey("os"))
        {
            issues.Warning("POTENTIALLY_INVALID_HEADER", "Web applications have no operating system account; do not send the os key", UserIds);
        }

        return null;
    }

    private static string? ForwardedProblem(string value, string? clientIp, string? vendorIp)
    {
        var hops = ListOfKeyValues(value);
        if (hops is null)
        {
            return "Value must be a list of percent-encoded key-value structures";
        }

        // Without a client address (a private network) the first hop can have no for.
        var unreadable = hops.Select((hop, index) => !IsPublicIp(hop.GetValueOrDefault("by"))
            || !(IsPublicIp(hop.GetValueOrDefault("for")) || (index == 0 && clientIp is null && !hop.ContainsKey("for"))));
        if (unreadable.Any(bad => bad))
        {
            return "Each hop must have by and for as public IP addresses";
        }

        if (vendorIp is not null && hops[0]["by"] != vendorIp.Trim())
        {
            return "The first hop's by must be the Gov-Vendor-Public-IP value";
        }

        return clientIp is not null && hops[0].GetValueOrDefault("for") != clientIp.Trim()
            ? "The first hop's for must be the Gov-Client-Public-IP value"
            : null;
    }

    private static string? LicenceIdsProblem(IssueCollector issues, string value)
    {
        var licences = KeyValues(value);
        if (licences is null || licences.Count == 0 || licences.Values.Any(licence => licence.Length == 0))
        {
            return "Value must be key-value pairs of software name and hashed licence key, percent-encoded";
        }

        if (licences.Values.Any(licence => !HashPattern().IsMatch(licence)))
        {
            issues.Warning("POTENTIALLY_INVALID_HEADER", "Licence keys must be hashed; a value does not look like a hash", VendorLicenseIds);
        }

        return null;
    }

    [GeneratedRegex(@"^UTC[+-](0[0-9]|1[0-4]):(00|15|30|45)$")]
    private static partial Regex TimezonePattern();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z$")]
    private static partial Regex TimestampPattern();

    [GeneratedRegex(@"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,3})?)?Z$")]
    private static partial Regex FactorTimestampPattern();

    [GeneratedRegex("^[0-9A-Fa-f]{32,}$")]
    private static partial Regex HashPattern();

    /// <summary>Collects findings, one per code and message, each listing every header it concerns.</summary>
    private sealed class IssueCollector
    {
        private readonly List<(string Code, string Message, List<string> Headers)> _errors = [];
        private readonly List<(string Code, string Message, List<string> Headers)> _warnings = [];

        public IReadOnlyList<HeaderIssue> Errors => _errors.Select(issue => new HeaderIssue(issue.Code, issue.Message, issue.Headers)).ToList();

        public IReadOnlyList<HeaderIssue> Warnings => _warnings.Select(issue => new HeaderIssue(issue.Code, issue.Message, issue.Headers)).ToList();

        public void Error(string code, string message, string header) => Add(_errors, code, message, header);

        public void Warning(string code, string message, string header) => Add(_warnings, code, message, header);

        private static void Add(List<(string Code, string Message, List<string> Headers)> issues, string code, string message, string header)
        {
            var existing = issues.FindIndex(issue => issue.Code == code && issue.Message == message);
            if (existing < 0)
            {
                issues.Add((code, message, [header]));
            }
            else if (!issues[existing].Headers.Contains(header))
            {
                issues[existing].Headers.Add(header);
            }
        }
    }
}
