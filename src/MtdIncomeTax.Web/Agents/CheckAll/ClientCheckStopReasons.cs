using MtdIncomeTax.Hmrc.Api;

namespace MtdIncomeTax.Web.Agents.CheckAll;

/// <summary>Why a "check all clients" run stopped early, in plain words for the practice's staff.</summary>
public static class ClientCheckStopReasons
{
    public const string NotLinked =
        "Your practice is not linked to HMRC, or its authority has ended. Link the practice to HMRC with your agent services account, then check again.";

    public const string NotAnAgent =
        "HMRC says the account linked to your practice is not an agent services account. Link the practice again, signing in with your agent services account user ID.";

    public const string WrongArn =
        "HMRC says the agent reference number stored for your practice does not belong to the linked account. Correct it and link the practice again.";

    public const string OurCredentials =
        "HMRC did not accept MtdIncomeTax's own credentials. This is a problem on our side, not with your practice. Try again later.";

    /// <summary>The reason for an outcome that stops the run, from HMRC's error when there is one.</summary>
    public static string For(ClientRefreshOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Error?.Code switch
        {
            AgentErrorCodes.NotAnAgent or AgentErrorCodes.AgentNotSubscribed => NotAnAgent,
            AgentErrorCodes.NoPermissionOnAgency => WrongArn,
            HmrcApiError.ApplicationMisconfigured => OurCredentials,
            _ => NotLinked,
        };
    }
}
