using MtdIncomeTax.ContractTests.Specs;
using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Hmrc.Api.AgentAuthorisation;

namespace MtdIncomeTax.ContractTests.Clients;

/// <summary>
/// Every Agent Authorisation client operation with typical values, against the 2.0 spec. The test
/// support API's known-facts endpoint is routed by HMRC but missing from its spec, so it carries no
/// spec folder.
/// </summary>
public static class AgentClientCalls
{
    public const string InvitationId = "CS5AK7O8FPC43";

    /// <summary>A postcode as a person might type it; HMRC's pattern needs it upper case with one space.</summary>
    public const string TypedPostcode = " sw1a2aa ";

    public static readonly Arn Arn = Arn.Parse("AARN1234567");

    private static readonly Guid Connection = ClientHost.ConnectionId;
    private static readonly Nino Nino = ClientCalls.Nino;

    public static IReadOnlyList<ClientCall> All { get; } =
    [
        new("CreateInvitation", ApiSpec.AgentAuthorisation, "POST", "/agents/{arn}/invitations", HmrcApiNames.AgentAuthorisation,
            async (host, ct) => CallOutcome.Of(await Agent(host).CreateInvitationAsync(
                Connection, Arn, new InvitationRequest(Nino, TypedPostcode, AgentType.Supporting), ct))),
        new("ListInvitations", ApiSpec.AgentAuthorisation, "GET", "/agents/{arn}/invitations", HmrcApiNames.AgentAuthorisation,
            async (host, ct) => CallOutcome.Of(await Agent(host).ListInvitationsAsync(Connection, Arn, ct))),
        new("GetInvitation", ApiSpec.AgentAuthorisation, "GET", "/agents/{arn}/invitations/{invitationId}", HmrcApiNames.AgentAuthorisation,
            async (host, ct) => CallOutcome.Of(await Agent(host).GetInvitationAsync(Connection, Arn, InvitationId, ct))),
        new("CancelInvitation", ApiSpec.AgentAuthorisation, "DELETE", "/agents/{arn}/invitations/{invitationId}", HmrcApiNames.AgentAuthorisation,
            async (host, ct) => CallOutcome.Of(await Agent(host).CancelInvitationAsync(Connection, Arn, InvitationId, ct))),
        new("CheckRelationship", ApiSpec.AgentAuthorisation, "POST", "/agents/{arn}/relationships", HmrcApiNames.AgentAuthorisation,
            async (host, ct) => CallOutcome.Of(await Agent(host).CheckRelationshipAsync(Connection, Arn, Nino, TypedPostcode, AgentType.Main, ct))),
        new("CheckRelationshipWithoutAgentType", ApiSpec.AgentAuthorisation, "POST", "/agents/{arn}/relationships", HmrcApiNames.AgentAuthorisation,
            async (host, ct) => CallOutcome.Of(await Agent(host).CheckRelationshipAsync(Connection, Arn, Nino, "BFPO 57", null, ct))),
        new("DeauthoriseClient", ApiSpec.AgentAuthorisation, "PUT", "/agents/{arn}/deauthorise-client", HmrcApiNames.AgentAuthorisation,
            async (host, ct) => CallOutcome.Of(await Agent(host).DeauthoriseClientAsync(Connection, Arn, Nino, ct))),
        new("DeauthoriseSupportingClient", ApiSpec.AgentAuthorisation, "PUT", "/agents/{arn}/deauthorise-client", HmrcApiNames.AgentAuthorisation,
            async (host, ct) => CallOutcome.Of(await Agent(host).DeauthoriseClientAsync(Connection, Arn, Nino, AgentType.Supporting, ct))),
        new("AcceptTestInvitation", ApiSpec.AgentAuthorisationTestSupport, "PUT", "/agent-authorisation-test-support/invitations/{id}",
            HmrcApiNames.AgentAuthorisationTestSupport,
            async (host, ct) => CallOutcome.Of(await TestSupport(host).AcceptInvitationAsync(InvitationId, ct))),
        new("RejectTestInvitation", ApiSpec.AgentAuthorisationTestSupport, "DELETE", "/agent-authorisation-test-support/invitations/{id}",
            HmrcApiNames.AgentAuthorisationTestSupport,
            async (host, ct) => CallOutcome.Of(await TestSupport(host).RejectInvitationAsync(InvitationId, ct))),
        new("GetTestKnownFacts", "", "GET", "/agent-authorisation-test-support/known-facts/mtd-it/nino/{nino}",
            HmrcApiNames.AgentAuthorisationTestSupport,
            async (host, ct) => CallOutcome.Of(await TestSupport(host).GetKnownFactsAsync(Nino, ct))),
    ];

    public static ClientCall Named(string name) => All.Single(call => call.Name == name);

    public static TheoryData<string> Names(Func<ClientCall, bool>? filter = null) =>
        new(All.Where(filter ?? (_ => true)).Select(call => call.Name));

    private static AgentAuthorisationClient Agent(ClientHost host) => host.Client<AgentAuthorisationClient>();

    private static AgentAuthorisationTestSupportClient TestSupport(ClientHost host) => host.Client<AgentAuthorisationTestSupportClient>();
}
