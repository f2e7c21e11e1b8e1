namespace MtdIncomeTax.Hmrc.FraudPrevention;

/// <summary>
/// The 16 fraud prevention headers HMRC requires on every Income Tax API call made with the
/// WEB_APP_VIA_SERVER connection method (fraud prevention specification 3.3).
/// </summary>
public static class FraudPreventionHeaderNames
{
    public const string ConnectionMethod = "Gov-Client-Connection-Method";
    public const string BrowserJsUserAgent = "Gov-Client-Browser-JS-User-Agent";
    public const string DeviceId = "Gov-Client-Device-ID";
    public const string MultiFactor = "Gov-Client-Multi-Factor";
    public const string PublicIp = "Gov-Client-Public-IP";
    public const string PublicIpTimestamp = "Gov-Client-Public-IP-Timestamp";
    public const string PublicPort = "Gov-Client-Public-Port";
    public const string Screens = "Gov-Client-Screens";
    public const string Timezone = "Gov-Client-Timezone";
    public const string UserIds = "Gov-Client-User-IDs";
    public const string WindowSize = "Gov-Client-Window-Size";
    public const string VendorForwarded = "Gov-Vendor-Forwarded";
    public const string VendorLicenseIds = "Gov-Vendor-License-IDs";
    public const string VendorProductName = "Gov-Vendor-Product-Name";
    public const string VendorPublicIp = "Gov-Vendor-Public-IP";
    public const string VendorVersion = "Gov-Vendor-Version";

    /// <summary>The value of Gov-Client-Connection-Method for a browser that reaches HMRC through our servers.</summary>
    public const string WebAppViaServer = "WEB_APP_VIA_SERVER";

    /// <summary>Every required header, in the order of HMRC's specification.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        ConnectionMethod, BrowserJsUserAgent, DeviceId, MultiFactor, PublicIp, PublicIpTimestamp, PublicPort,
        Screens, Timezone, UserIds, WindowSize, VendorForwarded, VendorLicenseIds, VendorProductName,
        VendorPublicIp, VendorVersion,
    ];
}
