using MtdIncomeTax.IntegrationTests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace MtdIncomeTax.IntegrationTests.Agents;

/// <summary>Agent Authorisation API responses as WireMock stubs, shaped like HMRC's examples.</summary>
public static class AgentStubs
{
    public const string Arn = "AARN1234567";
    public const string InvitationId = "CS5AK7O8FPC43";
    public const string ClientActionUrl = "https://www.tax.service.gov.uk/appoint-someone-to-deal-with-HMRC-for-you/4LAJ5XXN/taylor-and-co/income-tax";

    public static void InvitationsListed(this WireMockServer hmrc, string arn = Arn, params object[] invitations) =>
        hmrc.Given(Request.Create().WithPath($"/agents/{arn}/invitations").UsingGet())
            .RespondWith(invitations.Length == 0
                ? Response.Create().WithStatusCode(204).WithHeader("X-CorrelationId", HmrcStubs.CorrelationId)
                : Json(200, invitations));

    public static void AgentCallFails(this WireMockServer hmrc, string method, string path, int status, string code) =>
        hmrc.Given(Request.Create().WithPath(path).UsingMethod(method))
            .RespondWith(Json(status, new { code, message = "described by the stub" }));

    public static void InvitationCreated(this WireMockServer hmrc, string arn = Arn, string invitationId = InvitationId) =>
        hmrc.Given(Request.Create().WithPath($"/agents/{arn}/invitations").UsingPost())
            .RespondWith(Response.Create()
                .WithStatusCode(204)
                .WithHeader("Location", $"/agents/{arn}/invitations/{invitationId}")
                .WithHeader("X-CorrelationId", HmrcStubs.CorrelationId));

    public static void InvitationRead(this WireMockServer hmrc, string status, string arn = Arn, string invitationId = InvitationId) =>
        hmrc.Given(Request.Create().WithPath($"/agents/{arn}/invitations/{invitationId}").UsingGet())
            .RespondWith(Json(200, Invitation(status, arn, invitationId)));

    public static void InvitationDuplicate(this WireMockServer hmrc, string existingId, string arn = Arn) =>
        hmrc.Given(Request.Create().WithPath($"/agents/{arn}/invitations").UsingPost())
            .RespondWith(Json(403, new { code = "DUPLICATE_AUTHORISATION_REQUEST", message = "An authorisation request for this service has already been created and is awaiting the client's response." })
                .WithHeader("Location", $"/agents/{arn}/invitations/{existingId}"));

    public static object Invitation(string status, string arn = Arn, string invitationId = InvitationId, DateTime? created = null) => new
    {
        _links = new { self = new { href = $"/agents/{arn}/invitations/{invitationId}" } },
        created = (created ?? new DateTime(2026, 12, 4, 21, 10, 3, DateTimeKind.Utc)).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
        arn,
        service = "MTD-IT",
        status,
        expiresOn = "2026-12-25",
        clientActionUrl = ClientActionUrl,
        agentType = "main",
    };

    public static void RelationshipChecked(this WireMockServer hmrc, bool active, string arn = Arn) =>
        hmrc.Given(Request.Create().WithPath($"/agents/{arn}/relationships").UsingPost())
            .RespondWith(active
                ? Response.Create().WithStatusCode(204).WithHeader("X-CorrelationId", HmrcStubs.CorrelationId)
                : Json(404, new { code = "RELATIONSHIP_NOT_FOUND", message = "Relationship is inactive" }));

    private static IResponseBuilder Json(int status, object body) =>
        Response.Create()
            .WithStatusCode(status)
            .WithHeader("Content-Type", "application/json")
            .WithHeader("X-CorrelationId", HmrcStubs.CorrelationId)
            .WithBodyAsJson(body);
}
