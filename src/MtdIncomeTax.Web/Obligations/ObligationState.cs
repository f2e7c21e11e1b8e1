namespace MtdIncomeTax.Web.Obligations;

public enum ObligationState
{
    /// <summary>Not received by HMRC, and not yet due.</summary>
    Open,

    /// <summary>Not received by HMRC, and past its due date.</summary>
    Overdue,

    /// <summary>HMRC has received it.</summary>
    Fulfilled,
}
