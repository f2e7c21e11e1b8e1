namespace MtdIncomeTax.Web.Linking;

/// <summary>How a return from HMRC's grant-authority journey ended, as the person sees it on the result page.</summary>
public enum LinkOutcome
{
    Linked,

    /// <summary>The callback was already handled and linked the connection, for example on a reload.</summary>
    AlreadyLinked,

    /// <summary>The person chose not to grant authority at HMRC.</summary>
    Denied,

    /// <summary>The callback had no state, or one we never issued.</summary>
    StateMissingOrUnknown,

    StateExpired,

    StateAlreadyUsed,

    /// <summary>The state was issued to a different signed-in person.</summary>
    StateOtherUser,

    /// <summary>HMRC's callback had neither a code nor an error.</summary>
    CallbackIncomplete,

    /// <summary>HMRC refused the code exchange.</summary>
    TokenRejected,

    /// <summary>HMRC could not be reached or failed; nothing was stored.</summary>
    TokenUnavailable,
}
