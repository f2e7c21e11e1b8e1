namespace MtdIncomeTax.Web.Agents;

/// <summary>What asking HMRC about one client came to.</summary>
public enum ClientRefreshResult
{
    /// <summary>HMRC confirmed the status the client already had.</summary>
    Unchanged,

    /// <summary>HMRC reported a new status, which is stored.</summary>
    Changed,

    /// <summary>The practice has no such client.</summary>
    ClientNotFound,

    /// <summary>The practice has no usable HMRC grant or ARN, so HMRC was not asked.</summary>
    PracticeNotLinked,

    /// <summary>HMRC refused the practice itself (not an agent account, wrong ARN, grant ended); no client can be checked.</summary>
    PracticeRefused,

    /// <summary>HMRC returned no usable response about this client, so the status is left as it was.</summary>
    Failed,
}
