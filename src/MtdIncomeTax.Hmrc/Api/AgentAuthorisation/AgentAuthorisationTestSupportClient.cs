using System.Net;
using Microsoft.Extensions.Logging;

namespace MtdIncomeTax.Hmrc.Api.AgentAuthorisation;

/// <summary>
/// Typed client for HMRC's Agent Authorisation Test Support API 1.0, which exists only in the
/// sandbox. It accepts or rejects an authorisation request as the client would, and returns the
/// postcode a test client's requests must carry. Its endpoints declare no security, so no token is sent.
/// </summary>
public sealed class AgentAuthorisationTestSupportClient(HttpClient httpClient, ILogger<AgentAuthorisationTestSupportClient> logger)
{
    private const string InvitationEndpoint = "/agent-authorisation-test-support/invitations/{invitationId}";

    private static readonly HmrcOperation AcceptInvitation = HmrcOperation.Put(InvitationEndpoint, HttpStatusCode.NoContent);
    private static readonly HmrcOperation RejectInvitation = HmrcOperation.Delete(InvitationEndpoint);
    private static readonly HmrcOperation GetKnownFacts = HmrcOperation.Get("/agent-authorisation-test-support/known-facts/mtd-it/nino/{nino}");

    /// <summary>
    /// Accepts an authorisation request as the client would. HMRC returns 404 for an unknown ID and
    /// 409 when the client already responded or the request has expired.
    /// </summary>
    public Task<HmrcApiResult<HmrcNoContent>> AcceptInvitationAsync(string invitationId, CancellationToken cancellationToken) =>
        HmrcApiCall.SendAsync<HmrcNoContent>(
            httpClient, logger, AcceptInvitation, null, InvitationPath(invitationId), null, cancellationToken);

    /// <summary>
    /// Rejects an authorisation request as the client would. HMRC returns 404 for an unknown ID and
    /// 409 when the client already responded or the request has expired.
    /// </summary>
    public Task<HmrcApiResult<HmrcNoContent>> RejectInvitationAsync(string invitationId, CancellationToken cancellationToken) =>
        HmrcApiCall.SendAsync<HmrcNoContent>(
            httpClient, logger, RejectInvitation, null, InvitationPath(invitationId), null, cancellationToken);

    /// <summary>
    /// Retrieves the known facts of a test client, whose postcode is the one to send when asking
    /// that client for authority.
    /// </summary>
    // NOTE: HMRC's test support service routes this endpoint, but its OpenAPI document leaves it out.
    public Task<HmrcApiResult<TestClientKnownFacts>> GetKnownFactsAsync(Nino nino, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nino);

        var path = HmrcApiPath.Escaped($"agent-authorisation-test-support/known-facts/mtd-it/nino/{nino.Value}");
        return HmrcApiCall.SendAsync<TestClientKnownFacts>(httpClient, logger, GetKnownFacts, null, path, null, cancellationToken);
    }

    private static string InvitationPath(string invitationId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(invitationId);
        return HmrcApiPath.Escaped($"agent-authorisation-test-support/invitations/{invitationId}");
    }
}
