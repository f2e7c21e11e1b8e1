namespace MtdIncomeTax.Emulator.TestSupport;

/// <summary>How the token endpoint fails while test support has a failure set.</summary>
internal enum TokenFailureMode
{
    /// <summary>500 with error server_error.</summary>
    ServerError,

    /// <summary>Holds the request for the given delay, then returns 500 server_error without handling it.</summary>
    Timeout,

    /// <summary>400 invalid_request "refresh operation already in progress", HMRC's response to a concurrent refresh.</summary>
    RefreshInProgress,
}
