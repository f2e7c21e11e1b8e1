using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Web.Agents.Acting;

/// <summary>Why staff cannot act for a client yet, and what to do next.</summary>
public sealed record ClientNotAuthorisedViewModel(AgentClient Client, string Title, string Message, string NextStep)
{
    public const string HmrcRefusedReason =
        "HMRC says your practice is not authorised for this client's Income Tax, or the client is not signed up to Making Tax Digital for Income Tax.";

    public const string HmrcRefusedTitle = "HMRC did not let your practice act for this client";

    /// <summary>The explanation for an authorised client while the practice has no active HMRC connection.</summary>
    public static ClientNotAuthorisedViewModel PracticeNotLinked(AgentClient client) => new(
        client,
        "Your practice is not linked to HMRC",
        "MtdIncomeTax needs your practice's HMRC authority to act for a client.",
        "Link the practice to HMRC with your agent services account, then come back to this page.");

    /// <summary>The explanation for a client whose status does not allow acting for them.</summary>
    public static ClientNotAuthorisedViewModel For(AgentClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        const string Title = "You cannot act for this client yet";
        return client.Status switch
        {
            ClientRelationshipStatus.NotRequested => new(client, Title,
                "Your practice has not asked this client for authorisation.",
                "Ask the client for authorisation from their page on your client list."),
            ClientRelationshipStatus.Pending => new(client, Title,
                "The client has not accepted your authorisation request yet"
                + (client.InvitationExpiresOn is { } expires ? $". It expires on {Display.Date(expires)}." : "."),
                "Send the client the link again from their page, or check their status once they have accepted."),
            ClientRelationshipStatus.Rejected => new(client, Title,
                "The client turned down your authorisation request.",
                "Talk to the client, then send a new request from their page."),
            ClientRelationshipStatus.Expired => new(client, Title,
                "Your authorisation request expired before the client accepted it.",
                "Send a new request from the client's page."),
            ClientRelationshipStatus.Cancelled => new(client, Title,
                "Your practice cancelled the authorisation request.",
                "Send a new request from the client's page."),
            ClientRelationshipStatus.Deauthorised => new(client, "Your authorisation for this client has ended",
                client.StatusReason ?? "The client or your practice ended the authorisation.",
                "Ask the client to authorise you again with a new request from their page."),
            _ => new(client, "This client needs your attention",
                client.StatusReason ?? HmrcRefusedReason,
                "Check the client's details and status on their page. If the client has authorised you, check their status again, then come back."),
        };
    }
}
