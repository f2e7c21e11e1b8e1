namespace MtdIncomeTax.Data.Stores.Agents;

/// <summary>What checking one client in a "check all clients" run found.</summary>
public enum ClientCheckResult
{
    Unchanged = 1,

    /// <summary>HMRC reported a different relationship status, which is now stored.</summary>
    Changed = 2,

    /// <summary>HMRC could not be asked about the client; the client's status was left as it was.</summary>
    Failed = 3,
}
