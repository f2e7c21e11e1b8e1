namespace MtdIncomeTax.Data.Entities;

public enum QuarterlyUpdateStatus
{
    /// <summary>Entered and checked by us; not yet sent to HMRC.</summary>
    Draft = 1,

    /// <summary>HMRC accepted it.</summary>
    Sent = 2,

    /// <summary>HMRC rejected it. The figures are kept for the person to correct.</summary>
    Rejected = 3,

    /// <summary>Sent, but no response came back, so HMRC may or may not have it.</summary>
    OutcomeUnknown = 4,

    /// <summary>Never sent, and overtaken by a later update of the same business and tax year.</summary>
    Superseded = 5,
}
