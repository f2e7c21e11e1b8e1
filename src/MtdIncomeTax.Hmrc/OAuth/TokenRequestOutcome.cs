namespace MtdIncomeTax.Hmrc.OAuth;

public enum TokenRequestOutcome
{
    Succeeded,

    /// <summary>HMRC returned an OAuth error such as invalid_request or invalid_grant.</summary>
    Rejected,

    /// <summary>HMRC rejected the application's own credentials (invalid_client): a configuration fault.</summary>
    ClientRejected,

    /// <summary>No usable response: a network fault, a timeout or a server error. Nothing changed at HMRC's side that we know of.</summary>
    Unavailable,

    /// <summary>HMRC returned 200 but without an access token, a refresh token or a lifetime.</summary>
    InvalidResponse,
}
