namespace MtdIncomeTax.Hmrc.Api.AgentAuthorisation;

/// <summary>
/// The state of an authorisation request. <see cref="Unknown"/> stands for any value HMRC adds after
/// this software was built, so a new status never makes a list unreadable.
/// </summary>
public enum InvitationStatus
{
    Unknown,
    Pending,
    Accepted,
    Rejected,
    Cancelled,
    Expired,
    Deauthorised,

    /// <summary>The client accepted for an Income Tax service they have not yet signed up to.</summary>
    Partialauth,
}
