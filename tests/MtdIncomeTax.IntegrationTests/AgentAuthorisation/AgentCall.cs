using MtdIncomeTax.ContractTests.Clients;
using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Hmrc.Api.AgentAuthorisation;
using MtdIncomeTax.IntegrationTests.Resilience;

namespace MtdIncomeTax.IntegrationTests.AgentAuthorisation;

/// <summary>One Agent Authorisation client operation, its spec operation, and a call of it with sample values.</summary>
public sealed record AgentCall(string Name, string SpecFolder, string Method, string PathTemplate, Func<PipelineHost, Task<CallOutcome>> Invoke)
{
    public const string InvitationId = "CS5AK7O8FPC43";

    public static readonly Arn Arn = Arn.Parse("AARN1234567");
    public static readonly Nino Nino = Nino.Parse("AA123456A");

    public static IReadOnlyList<AgentCall> All { get; } =
    [
        new("CreateInvitation", "agent-authorisation-api/2.0", "POST", "/agents/{arn}/invitations",
            async host => CallOutcome.Of(await Agent(host).CreateInvitationAsync(
                host.ConnectionId, Arn, new InvitationRequest(Nino, "SW1A 2AA", AgentType.Main), CancellationToken.None))),
        new("ListInvitations", "agent-authorisation-api/2.0", "GET", "/agents/{arn}/invitations",
            async host => CallOutcome.Of(await Agent(host).ListInvitationsAsync(host.ConnectionId, Arn, CancellationToken.None))),
        new("GetInvitation", "agent-authorisation-api/2.0", "GET", "/agents/{arn}/invitations/{invitationId}",
            async host => CallOutcome.Of(await Agent(host).GetInvitationAsync(host.ConnectionId, Arn, InvitationId, CancellationToken.None))),
        new("CancelInvitation", "agent-authorisation-api/2.0", "DELETE", "/agents/{arn}/invitations/{invitationId}",
            async host => CallOutcome.Of(await Agent(host).CancelInvitationAsync(host.ConnectionId, Arn, InvitationId, CancellationToken.None))),
        new("CheckRelationship", "agent-authorisation-api/2.0", "POST", "/agents/{arn}/relationships",
            async host => CallOutcome.Of(await Agent(host).CheckRelationshipAsync(
                host.ConnectionId, Arn, Nino, "SW1A 2AA", AgentType.Supporting, CancellationToken.None))),
        new("DeauthoriseClient", "agent-authorisation-api/2.0", "PUT", "/agents/{arn}/deauthorise-client",
            async host => CallOutcome.Of(await Agent(host).DeauthoriseClientAsync(host.ConnectionId, Arn, Nino, CancellationToken.None))),
        new("AcceptTestInvitation", "agent-authorisation-test-support-api/1.0", "PUT", "/agent-authorisation-test-support/invitations/{id}",
            async host => CallOutcome.Of(await TestSupport(host).AcceptInvitationAsync(InvitationId, CancellationToken.None))),
        new("RejectTestInvitation", "agent-authorisation-test-support-api/1.0", "DELETE", "/agent-authorisation-test-support/invitations/{id}",
            async host => CallOutcome.Of(await TestSupport(host).RejectInvitationAsync(InvitationId, CancellationToken.None))),
    ];

    public static AgentCall Named(string name) => All.Single(call => call.Name == name);

    public override string ToString() => Name;

    private static AgentAuthorisationClient Agent(PipelineHost host) => host.Client<AgentAuthorisationClient>();

    private static AgentAuthorisationTestSupportClient TestSupport(PipelineHost host) => host.Client<AgentAuthorisationTestSupportClient>();
}
