namespace MtdIncomeTax.Web.Connections;

/// <summary>Reason the banner gives for reconnecting.</summary>
public enum ConnectionBannerKind
{
    /// <summary>HMRC refused the grant before its end, for example because the person removed it at HMRC.</summary>
    NeedsReauthorisation,

    /// <summary>The grant reached its end, 18 months after it was given.</summary>
    Expired,

    /// <summary>The grant ends within 30 days.</summary>
    EndingSoon,
}
