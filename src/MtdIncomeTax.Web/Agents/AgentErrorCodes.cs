using MtdIncomeTax.Hmrc.Api;

namespace MtdIncomeTax.Web.Agents;

/// <summary>Agent Authorisation API error codes that the app acts on.</summary>
public static class AgentErrorCodes
{
    public const string NotAnAgent = "NOT_AN_AGENT";
    public const string AgentNotSubscribed = "AGENT_NOT_SUBSCRIBED";
    public const string NoPermissionOnAgency = "NO_PERMISSION_ON_AGENCY";
    public const string PostcodeDoesNotMatch = "POSTCODE_DOES_NOT_MATCH";
    public const string ClientRegistrationNotFound = "CLIENT_REGISTRATION_NOT_FOUND";
    public const string InvitationNotFound = "INVITATION_NOT_FOUND";
    public const string AlreadyAuthorised = "ALREADY_AUTHORISED";
    public const string InvalidInvitationStatus = "INVALID_INVITATION_STATUS";
    public const string NoRelationship = "NO_RELATIONSHIP";

    /// <summary>
    /// True for an error about the practice's account or grant rather than one client: the account
    /// is not an agent services account, the ARN is not the account's, or the grant has ended.
    /// </summary>
    public static bool ConcernsPractice(HmrcApiError error) =>
        error.Code is NotAnAgent or AgentNotSubscribed or NoPermissionOnAgency
            or HmrcApiError.NoAccessToken or HmrcApiError.ReauthorisationRequired or HmrcApiError.ApplicationMisconfigured;
}
