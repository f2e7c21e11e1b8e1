using System.Reflection;

namespace MtdIncomeTax.Hmrc.FraudPrevention;

/// <summary>Our side of the fraud prevention headers, bound from the "Hmrc:FraudPrevention" configuration section.</summary>
public sealed class FraudPreventionOptions
{
    /// <summary>Gov-Vendor-Product-Name: the product's marketed name. Default MtdIncomeTax.</summary>
    public string ProductName { get; set; } = "MtdIncomeTax";

    /// <summary>Our software's key in Gov-Vendor-Version, Gov-Vendor-License-IDs and Gov-Client-User-IDs. Default mtdincometax.</summary>
    public string SoftwareName { get; set; } = "mtdincometax";

    /// <summary>Gov-Vendor-Version: the version of the software handling the request. Default: this build's informational version.</summary>
    public string? Version { get; set; }

    /// <summary>
    /// Gov-Vendor-Public-IP: the public IP address the browser connects to (our load balancer, WAF
    /// or server), and the "by" of the first hop in Gov-Vendor-Forwarded. Required with HMRC's
    /// production API address.
    /// </summary>
    public string? VendorPublicIp { get; set; }

    /// <summary>
    /// Public IP addresses of our further servers that terminate TLS behind the first, in the order
    /// a request passes them; each adds a hop to Gov-Vendor-Forwarded. Servers reached over a
    /// private network are left out. Default none.
    /// </summary>
    public List<string> FurtherHops { get; set; } = [];

    /// <summary>Licence keys of our software by software name; each is sent in Gov-Vendor-License-IDs as its SHA-256 hash. Default none.</summary>
    public Dictionary<string, string> LicenceKeys { get; set; } = [];

    /// <summary>The configured version, else the informational version of this build without its source revision.</summary>
    public string EffectiveVersion =>
        string.IsNullOrWhiteSpace(Version) ? BuildVersion : Version;

    private static readonly string BuildVersion =
        (typeof(FraudPreventionOptions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? "1.0.0").Split('+')[0];
}
