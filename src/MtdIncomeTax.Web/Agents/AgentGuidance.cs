using MtdIncomeTax.Hmrc.Api;
using MtdIncomeTax.Web.Guidance;

namespace MtdIncomeTax.Web.Agents;

/// <summary>
/// Plain-English text for an HMRC error on an agent's client page: what happened, what to do
/// next, and a link when the next step is on another page.
/// </summary>
public sealed record AgentGuidance(string Title, string Message, string NextStep, string? CorrelationId)
{
    public const string SignUpUrl = "https://www.gov.uk/guidance/sign-up-your-client-for-making-tax-digital-for-income-tax";

    public string? LinkUrl { get; init; }

    public string? LinkText { get; init; }

    public static AgentGuidance For(HmrcApiError error) =>
        (Find(error.Code) ?? FromGeneral(error)) with { CorrelationId = error.CorrelationId };

    /// <summary>Guidance for a request made when the practice has no working link to HMRC.</summary>
    public static AgentGuidance PracticeNotLinked() => new(
        "Your practice is not linked to HMRC",
        "MtdIncomeTax cannot ask HMRC about clients until your practice is linked with its agent services account.",
        "Link your practice, then try again.",
        null)
    {
        LinkUrl = "/practice/connect",
        LinkText = "Link your practice to HMRC",
    };

    private static AgentGuidance? Find(string code) => code switch
    {
        AgentErrorCodes.PostcodeDoesNotMatch => new(
            "The postcode does not match HMRC's records",
            "HMRC holds a different postcode for this client, so it did not accept the request.",
            "Check the postcode with your client. Correct it with Change details on the client's page, then request authorisation again.",
            null),
        AgentErrorCodes.ClientRegistrationNotFound => new(
            "The client has not signed up to Making Tax Digital for Income Tax",
            "HMRC has no Making Tax Digital for Income Tax record for this National Insurance number, so the client cannot authorise you for it yet.",
            "Sign the client up, or ask them to sign up, on GOV.UK. Then request authorisation again.",
            null)
        {
            LinkUrl = SignUpUrl,
            LinkText = "Sign up your client for Making Tax Digital for Income Tax on GOV.UK",
        },
        AgentErrorCodes.NotAnAgent or AgentErrorCodes.AgentNotSubscribed => PracticeLink(
            "HMRC says your practice's link is not with an agent services account. Link your practice again, signing in with the agent services account user ID."),
        AgentErrorCodes.NoPermissionOnAgency => PracticeLink(
            "HMRC says your practice's agent reference number does not belong to the agent services account it is linked with. Link your practice again and check the number."),
        HmrcApiError.NoAccessToken or HmrcApiError.ReauthorisationRequired or "INVALID_CREDENTIALS" => PracticeLink(
            "HMRC no longer accepts your practice's link, for example because the authority ended. Link your practice again."),
        AgentErrorCodes.InvalidInvitationStatus => new(
            "The request is no longer pending",
            "The client has already answered this request, or it has expired or been cancelled, so it cannot be cancelled now.",
            "The status below is what HMRC reports now.",
            null),
        AgentErrorCodes.NoRelationship => new(
            "You are not authorised for this client",
            "HMRC has no authorisation of your practice for this client to end, so nothing changed.",
            "The status below is what HMRC reports now.",
            null),
        HmrcApiError.OutcomeUnknown => new(
            "We do not know whether HMRC made the request",
            "HMRC did not answer in time, so the request may or may not have been made.",
            "Do not worry about sending it twice: when you request authorisation again, we first look for a pending request for this client in HMRC's list and show its link if there is one.",
            null),
        _ => null,
    };

    private static AgentGuidance PracticeLink(string message) => new(
        "There is a problem with your practice's link to HMRC", message, "Nothing changed for this client.", null)
    {
        LinkUrl = "/practice/connect",
        LinkText = "Link your practice again",
    };

    private static AgentGuidance FromGeneral(HmrcApiError error)
    {
        var general = HmrcGuidance.For(error);
        return new AgentGuidance(general.Title, general.Message, general.NextStep, null);
    }
}
