using System.Net;
using Microsoft.Extensions.Logging;

namespace MtdIncomeTax.Hmrc.Api.AgentAuthorisation;

/// <summary>
/// Typed client for HMRC's Agent Authorisation API, version 2.0 by default (1.0 may be set). Every
/// call carries the access token of the agent's own connection and concerns Income Tax (MTD-IT)
/// clients identified by NINO.
/// </summary>
public sealed class AgentAuthorisationClient(HttpClient httpClient, ILogger<AgentAuthorisationClient> logger)
{
    public const string IncomeTaxService = "MTD-IT";
    public const string PersonalClientType = "personal";
    public const string NinoClientIdType = "ni";
    public const string DuplicateAuthorisationRequest = "DUPLICATE_AUTHORISATION_REQUEST";
    public const string RelationshipNotFound = "RELATIONSHIP_NOT_FOUND";
    public const string PostcodeFormatInvalid = "POSTCODE_FORMAT_INVALID";

    private const string InvitationsEndpoint = "/agents/{arn}/invitations";
    private const string InvitationEndpoint = "/agents/{arn}/invitations/{invitationId}";

    private static readonly HmrcOperation CreateInvitation = HmrcOperation.Post(InvitationsEndpoint, HttpStatusCode.NoContent);
    private static readonly HmrcOperation ListInvitations = HmrcOperation.Get(InvitationsEndpoint);
    private static readonly HmrcOperation GetInvitation = HmrcOperation.Get(InvitationEndpoint);
    private static readonly HmrcOperation CancelInvitation = HmrcOperation.Delete(InvitationEndpoint) with { ContentTypeWithoutBody = true };

    // A POST that changes nothing at HMRC, so a failure without a response is HMRC_UNAVAILABLE, not
    // OUTCOME_UNKNOWN. The retry pipeline still decides by method, so it is never sent again.
    private static readonly HmrcOperation CheckRelationship =
        HmrcOperation.Post("/agents/{arn}/relationships", HttpStatusCode.NoContent) with
        {
            IsWrite = false,
            ExpectedErrorCode = RelationshipNotFound,
        };

    // Version 1.0 has no de-authorise endpoint, so this one always requests 2.0.
    private static readonly HmrcOperation DeauthoriseClient =
        HmrcOperation.Put("/agents/{arn}/deauthorise-client", HttpStatusCode.NoContent) with { Version = "2.0" };

    /// <summary>
    /// Asks an Income Tax client for authority (scope write:sent-invitations). The request expires
    /// after 21 days. On success the result carries the new request's ID from the Location header.
    /// A pending request for the same client and agent type fails with 403
    /// DUPLICATE_AUTHORISATION_REQUEST, whose error carries <see cref="HmrcApiError.ExistingInvitationId"/>.
    /// An unanswered create fails with OUTCOME_UNKNOWN and is never sent again automatically: list
    /// the requests to see whether HMRC made it before creating another. A postcode that cannot be
    /// normalised fails with POSTCODE_FORMAT_INVALID and status 0, and nothing is sent.
    /// </summary>
    public async Task<HmrcApiResult<CreatedInvitation>> CreateInvitationAsync(
        Guid connectionId, Arn arn, InvitationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arn);
        ArgumentNullException.ThrowIfNull(request);
        if (!KnownFactPostcode.TryNormalise(request.Postcode, out var postcode))
        {
            return PostcodeInvalid<CreatedInvitation>(CreateInvitation);
        }

        var body = new InvitationBody(
            IncomeTaxService, PersonalClientType, NinoClientIdType, request.ClientId.Value, postcode, request.AgentType);
        var result = await HmrcApiCall.SendAsync(
            httpClient, logger, CreateInvitation, connectionId, InvitationsPath(arn), body, CreatedFrom, cancellationToken);

        if (result.Succeeded)
        {
            logger.InvitationCreated(arn.Value, result.Value.InvitationId, request.AgentType, result.CorrelationId);
            return result;
        }

        if (result.Error.Code != DuplicateAuthorisationRequest)
        {
            return result;
        }

        var existingId = InvitationLocation.InvitationIdOf(result.Error.Location);
        logger.InvitationAlreadyPending(arn.Value, existingId, result.CorrelationId);
        return HmrcApiResult<CreatedInvitation>.Failure(result.Error with { ExistingInvitationId = existingId });
    }

    /// <summary>
    /// Lists the agent's authorisation requests of the last 30 days (scope read:sent-invitations).
    /// HMRC returns 204 when there are none, which becomes an empty list.
    /// </summary>
    public async Task<HmrcApiResult<IReadOnlyList<Invitation>>> ListInvitationsAsync(
        Guid connectionId, Arn arn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arn);

        var result = await HmrcApiCall.SendAsync<IReadOnlyList<Invitation>>(
            httpClient, logger, ListInvitations, connectionId, InvitationsPath(arn), null, _ => [], cancellationToken);
        if (result.Succeeded)
        {
            LogUnknownStatuses(result.Value);
        }

        return result;
    }

    /// <summary>
    /// Retrieves one authorisation request (scope read:sent-invitations). HMRC returns 404
    /// INVITATION_NOT_FOUND when it has none by that ID.
    /// </summary>
    public async Task<HmrcApiResult<Invitation>> GetInvitationAsync(
        Guid connectionId, Arn arn, string invitationId, CancellationToken cancellationToken)
    {
        var result = await HmrcApiCall.SendAsync<Invitation>(
            httpClient, logger, GetInvitation, connectionId, InvitationPath(arn, invitationId), null, cancellationToken);
        if (result.Succeeded)
        {
            LogUnknownStatuses([result.Value]);
        }

        return result;
    }

    /// <summary>
    /// Cancels a pending authorisation request (scope write:cancel-invitations). A request the
    /// client has responded to, or that has expired, fails with 403 INVALID_INVITATION_STATUS.
    /// </summary>
    public Task<HmrcApiResult<HmrcNoContent>> CancelInvitationAsync(
        Guid connectionId, Arn arn, string invitationId, CancellationToken cancellationToken) =>
        HmrcApiCall.SendAsync<HmrcNoContent>(
            httpClient, logger, CancelInvitation, connectionId, InvitationPath(arn, invitationId), null, cancellationToken);

    /// <summary>
    /// Checks whether the client has authorised the agent (scope read:check-relationship), as the
    /// agent type given, or as main agent when it is null. 404 RELATIONSHIP_NOT_FOUND is a success
    /// with <see cref="RelationshipStatus.NotFound"/>; every other error stays an error, such as 403
    /// POSTCODE_DOES_NOT_MATCH when the postcode is not the one HMRC holds.
    /// </summary>
    public async Task<HmrcApiResult<RelationshipCheck>> CheckRelationshipAsync(
        Guid connectionId, Arn arn, Nino nino, string postcode, AgentType? agentType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arn);
        ArgumentNullException.ThrowIfNull(nino);
        if (!KnownFactPostcode.TryNormalise(postcode, out var normalised))
        {
            return PostcodeInvalid<RelationshipCheck>(CheckRelationship);
        }

        var body = new RelationshipCheckBody(IncomeTaxService, NinoClientIdType, nino.Value, normalised, agentType);
        var path = HmrcApiPath.Escaped($"agents/{arn.Value}/relationships");
        var result = await HmrcApiCall.SendAsync<HmrcNoContent>(
            httpClient, logger, CheckRelationship, connectionId, path, body, cancellationToken);

        if (result.Succeeded)
        {
            return HmrcApiResult<RelationshipCheck>.Success(
                new RelationshipCheck(RelationshipStatus.Active), result.StatusCode, result.CorrelationId);
        }

        if (result.Error is { StatusCode: HttpStatusCode.NotFound, Code: RelationshipNotFound })
        {
            logger.RelationshipNotFound(arn.Value, agentType ?? AgentType.Main, result.CorrelationId);
            return HmrcApiResult<RelationshipCheck>.Success(
                new RelationshipCheck(RelationshipStatus.NotFound), result.StatusCode, result.CorrelationId);
        }

        return HmrcApiResult<RelationshipCheck>.Failure(result.Error);
    }

    /// <summary>
    /// Ends the agent's main relationship with the client (scope write:relationships, version 2.0
    /// whatever version is set). 403 NO_RELATIONSHIP when there is none to end.
    /// </summary>
    public Task<HmrcApiResult<HmrcNoContent>> DeauthoriseClientAsync(
        Guid connectionId, Arn arn, Nino nino, CancellationToken cancellationToken) =>
        DeauthoriseClientAsync(connectionId, arn, nino, null, cancellationToken);

    /// <summary>
    /// Ends the agent's relationship with the client as the agent type given, or as main agent when
    /// it is null (scope write:relationships, version 2.0 whatever version is set).
    /// </summary>
    public Task<HmrcApiResult<HmrcNoContent>> DeauthoriseClientAsync(
        Guid connectionId, Arn arn, Nino nino, AgentType? agentType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arn);
        ArgumentNullException.ThrowIfNull(nino);

        var body = new DeauthorisationBody(IncomeTaxService, PersonalClientType, NinoClientIdType, nino.Value, agentType);
        var path = HmrcApiPath.Escaped($"agents/{arn.Value}/deauthorise-client");
        return HmrcApiCall.SendAsync<HmrcNoContent>(httpClient, logger, DeauthoriseClient, connectionId, path, body, cancellationToken);
    }

    private static CreatedInvitation? CreatedFrom(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString;
        return InvitationLocation.InvitationIdOf(location) is { } id ? new CreatedInvitation(id, location!) : null;
    }

    private static string InvitationsPath(Arn arn) => HmrcApiPath.Escaped($"agents/{arn.Value}/invitations");

    private static string InvitationPath(Arn arn, string invitationId)
    {
        ArgumentNullException.ThrowIfNull(arn);
        ArgumentException.ThrowIfNullOrWhiteSpace(invitationId);
        return HmrcApiPath.Escaped($"agents/{arn.Value}/invitations/{invitationId}");
    }

    private HmrcApiResult<T> PostcodeInvalid<T>(HmrcOperation operation)
        where T : class
    {
        const string Message =
            "The postcode is not a UK postcode such as SW1A 2AA or a BFPO number such as BFPO 123, so nothing was sent to HMRC.";
        logger.AgentRequestNotSent(operation.Method.Method, operation.Endpoint, "the postcode is not in a form HMRC accepts");
        return HmrcApiResult<T>.Failure(new HmrcApiError(0, PostcodeFormatInvalid, Message, [], null));
    }

    private void LogUnknownStatuses(IEnumerable<Invitation> invitations)
    {
        foreach (var invitation in invitations.Where(invitation => invitation.Status == InvitationStatus.Unknown))
        {
            logger.InvitationStatusUnknown(invitation.Id, invitation.Arn.Value);
        }
    }
}
