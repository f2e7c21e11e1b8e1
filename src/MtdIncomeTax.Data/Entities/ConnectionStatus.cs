namespace MtdIncomeTax.Data.Entities;

public enum ConnectionStatus
{
    Active = 1,

    /// <summary>HMRC refused the grant (revoked, expired or tampered with): the person must grant authority again.</summary>
    NeedsReauthorisation = 2,

    /// <summary>The person disconnected; tokens are deleted and the history kept.</summary>
    Disconnected = 3,

    /// <summary>The grant reached its end, 18 months after it was given; the person must grant authority again.</summary>
    Expired = 4,
}
