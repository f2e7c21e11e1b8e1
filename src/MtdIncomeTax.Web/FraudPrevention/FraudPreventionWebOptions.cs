namespace MtdIncomeTax.Web.FraudPrevention;

/// <summary>How the app reads the person's address for the fraud prevention headers, bound from the "FraudPrevention" section.</summary>
public sealed class FraudPreventionWebOptions
{
    /// <summary>
    /// IP addresses or CIDR networks (such as 10.0.0.0/8) of our own proxies in front of the app.
    /// X-Forwarded-For is read only from these, so nobody else can choose the client address we
    /// report to HMRC. Default none: the connection's own address is the client's.
    /// </summary>
    public List<string> TrustedProxies { get; set; } = [];

    /// <summary>
    /// Request header in which a trusted proxy passes the client's source port, such as one set
    /// from nginx's $remote_port, for proxies that cannot add the port to X-Forwarded-For. Default none.
    /// </summary>
    public string? ClientPortHeader { get; set; }

    /// <summary>
    /// After each successful link, send the connection's headers to HMRC's Test Fraud Prevention
    /// Headers API and keep its verdict for the support pages. That API exists in the sandbox
    /// only, so this is refused with HMRC's production API address. Default false.
    /// </summary>
    public bool CheckAfterLinking { get; set; }
}
