namespace MtdIncomeTax.Data.Entities;

public enum QuarterlyUpdateStatus
{
    /// <summary>Entered and checked by us; not yet sent to HMRC.</summary>
    Draft = 1,

    /// <summary>HMRC accepted it.</summary>
    Sent = 2,

    /// <summary>HMRC rejected it. The figures are kept for the person to correct.</summary>
    Rejected = 3,

    /// <summary>Sent, but no answer came back: HMRC may or may not hold it.</summary>
    OutcomeUnknown = 4,
}
