namespace MtdIncomeTax.Hmrc.Tokens;

public enum AccessTokenOutcome
{
    Available,

    /// <summary>No such connection.</summary>
    NotFound,

    /// <summary>HMRC ended the grant, or the person disconnected: they must grant authority again.</summary>
    ReauthorisationRequired,

    /// <summary>HMRC could not be reached or failed; the grant is intact and the next use retries.</summary>
    TransientFailure,

    /// <summary>HMRC rejected the application's client credentials; connections are left alone.</summary>
    Misconfigured,
}
