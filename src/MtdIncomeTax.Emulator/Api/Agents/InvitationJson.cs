using System.Globalization;
using System.Text.Json.Nodes;
using MtdIncomeTax.Emulator.Agents;

namespace MtdIncomeTax.Emulator.Api.Agents;

/// <summary>
/// Writes an invitation as HMRC's Agent Authorisation service does. Service is a one-element
/// array, as the specification's AgentsInvitationsResponse schema types it, although some of its
/// examples show a plain string. ExpiresOn and clientActionUrl appear only while Pending, and
/// updated only after.
/// </summary>
internal static class InvitationJson
{
    /// <summary>The path, under the emulator's address, of the page that shows a client an invitation.</summary>
    public const string ClientActionPath = "/appoint-someone-to-deal-with-HMRC-for-you/";

    public static string SelfPath(string arn, string id) => $"/agents/{arn}/invitations/{id}";

    public static JsonObject From(Invitation invitation, DateTimeOffset now, string baseUrl)
    {
        var status = invitation.StatusAt(now);
        var json = new JsonObject
        {
            ["_links"] = new JsonObject
            {
                ["self"] = new JsonObject { ["href"] = SelfPath(invitation.Arn, invitation.Id) },
            },
            ["created"] = Timestamp(invitation.Created),
        };
        if (invitation.UpdatedAt(now) is { } updated)
        {
            json["updated"] = Timestamp(updated);
        }

        if (status == InvitationStatus.Pending)
        {
            // HMRC writes the expiry date at the start of its day, in this form.
            var expiryDay = invitation.ExpiresAt.UtcDateTime.Date;
            json["expiresOn"] = expiryDay.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture);
        }

        json["arn"] = invitation.Arn;
        json["service"] = new JsonArray(ClientRequest.IncomeTaxService);
        json["status"] = status.ToString();
        if (status == InvitationStatus.Pending)
        {
            json["clientActionUrl"] = baseUrl + ClientActionPath + invitation.Id;
        }

        json["agentType"] = AgentTypeName(invitation.AgentType);

        return json;
    }

    public static string AgentTypeName(AgentType agentType) => agentType == AgentType.Main ? "main" : "supporting";

    private static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
