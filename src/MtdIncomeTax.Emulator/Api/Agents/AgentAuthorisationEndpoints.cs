using System.Text.Json.Nodes;
using MtdIncomeTax.Emulator.Agents;
using MtdIncomeTax.Emulator.Api.Pipeline;
using MtdIncomeTax.Emulator.Logging;
using MtdIncomeTax.Emulator.OAuth;
using MtdIncomeTax.Emulator.Users;

namespace MtdIncomeTax.Emulator.Api.Agents;

/// <summary>
/// Agent Authorisation 1.0 and 2.0 for Income Tax: an agent requests a client's authorisation,
/// lists, reads and cancels its requests, checks a relationship and, in 2.0, de-authorises a
/// client. Each endpoint first checks, as HMRC's service does, that the token's user is an
/// agent (NOT_AN_AGENT) with an agent services account (AGENT_NOT_SUBSCRIBED) whose reference
/// number is the one in the path (NO_PERMISSION_ON_AGENCY).
/// </summary>
internal sealed class AgentAuthorisationEndpoints(
    AgentAuthorisationStore store,
    HmrcUserRegistry users,
    ILogger<AgentAuthorisationEndpoints> logger)
{
    public static readonly ApiEndpoint CreateInvitation =
        Endpoint(HttpMethods.Post, HmrcScopes.WriteSentInvitations, hasBody: true);

    public static readonly ApiEndpoint ListInvitations = Endpoint(HttpMethods.Get, HmrcScopes.ReadSentInvitations);

    public static readonly ApiEndpoint GetInvitation = Endpoint(HttpMethods.Get, HmrcScopes.ReadSentInvitations);

    public static readonly ApiEndpoint CancelInvitation =
        Endpoint(HttpMethods.Delete, HmrcScopes.WriteCancelInvitations);

    public static readonly ApiEndpoint CheckRelationship =
        Endpoint(HttpMethods.Post, HmrcScopes.ReadCheckRelationship, hasBody: true);

    public static readonly ApiEndpoint DeauthoriseClient =
        Endpoint(HttpMethods.Put, HmrcScopes.WriteRelationships, hasBody: true) with { OnlyVersions = ["2.0"] };

    // GET /agents/{arn}/invitations returns the requests of the last 30 days.
    private static readonly TimeSpan ListedPeriod = TimeSpan.FromDays(30);

    // A route's handler, with the parameters minimal APIs bind by name; invitationId is null on routes without it.
    private delegate Task<IResult> AgentRoute(
        string arn,
        string? invitationId,
        HttpContext context,
        ApiPipeline pipeline,
        AgentAuthorisationEndpoints endpoints);

    public static void Map(IEndpointRouteBuilder routes)
    {
        var agents = routes.MapGroup("/agents/{arn}");
        agents.MapPost("/invitations",
            Route(CreateInvitation, (endpoints, call, arn, _) => endpoints.Create(call, arn)));
        agents.MapGet("/invitations", Route(ListInvitations, (endpoints, call, arn, _) => endpoints.List(call, arn)));
        agents.MapGet("/invitations/{invitationId}",
            Route(GetInvitation, (endpoints, call, arn, id) => endpoints.Get(call, arn, id!)));
        agents.MapDelete("/invitations/{invitationId}",
            Route(CancelInvitation, (endpoints, call, arn, id) => endpoints.Cancel(call, arn, id!)));
        agents.MapPost("/relationships",
            Route(CheckRelationship, (endpoints, call, arn, _) => endpoints.Check(call, arn)));
        agents.MapPut("/deauthorise-client",
            Route(DeauthoriseClient, (endpoints, call, arn, _) => endpoints.Deauthorise(call, arn)));
    }

    private static AgentRoute Route(
        ApiEndpoint endpoint,
        Func<AgentAuthorisationEndpoints, ApiCall, string, string?, ApiOutcome> handle) =>
        (arn, invitationId, context, pipeline, endpoints) => pipeline.RunAsync(
            context, endpoint, nino: null, call => Task.FromResult(handle(endpoints, call, arn, invitationId)));

    private ApiOutcome Create(ApiCall call, string arn)
    {
        var (request, error) = ReadClient(call, arn, hasClientType: true, hasKnownFact: true);
        if (error is not null)
        {
            return ApiOutcome.Fail(error);
        }

        if (store.FindRelationship(arn, request!.Nino) == request.AgentType)
        {
            return ApiOutcome.Fail(call.Error("ALREADY_AUTHORISED"));
        }

        var (invitation, isDuplicate) = store.CreateInvitation(arn, request.Nino, request.AgentType);
        call.Http.Response.Headers.Location = InvitationJson.SelfPath(arn, invitation.Id);
        if (isDuplicate)
        {
            return ApiOutcome.Fail(call.Error("DUPLICATE_AUTHORISATION_REQUEST"));
        }

        logger.InvitationCreated(invitation.Id, arn, invitation.AgentType);

        return ApiOutcome.NoContent();
    }

    private ApiOutcome List(ApiCall call, string arn)
    {
        if (CheckAgent(call, arn) is { } error)
        {
            return ApiOutcome.Fail(error);
        }

        var baseUrl = BaseUrl(call);
        var invitations = store.ListInvitations(arn, call.Now - ListedPeriod)
            .Select(invitation => (JsonNode)InvitationJson.From(invitation, call.Now, baseUrl))
            .ToArray();

        return invitations.Length == 0 ? ApiOutcome.NoContent() : ApiOutcome.Ok(new JsonArray(invitations));
    }

    private ApiOutcome Get(ApiCall call, string arn, string invitationId)
    {
        var (invitation, error) = FindOwnInvitation(call, arn, invitationId);

        return error is not null
            ? ApiOutcome.Fail(error)
            : ApiOutcome.Ok(InvitationJson.From(invitation!, call.Now, BaseUrl(call)));
    }

    private ApiOutcome Cancel(ApiCall call, string arn, string invitationId)
    {
        var (_, error) = FindOwnInvitation(call, arn, invitationId);
        if (error is not null)
        {
            return ApiOutcome.Fail(error);
        }

        if (store.Cancel(invitationId) != RespondResult.Done)
        {
            return ApiOutcome.Fail(call.Error("INVALID_INVITATION_STATUS"));
        }

        logger.InvitationCancelled(invitationId, arn);

        return ApiOutcome.NoContent();
    }

    private ApiOutcome Check(ApiCall call, string arn)
    {
        var (request, error) = ReadClient(call, arn, hasClientType: false, hasKnownFact: true);
        if (error is not null)
        {
            return ApiOutcome.Fail(error);
        }

        return store.FindRelationship(arn, request!.Nino) == request.AgentType
            ? ApiOutcome.NoContent()
            : ApiOutcome.Fail(call.Error("RELATIONSHIP_NOT_FOUND"));
    }

    private ApiOutcome Deauthorise(ApiCall call, string arn)
    {
        var (request, error) = ReadClient(call, arn, hasClientType: true, hasKnownFact: false);
        if (error is not null)
        {
            return ApiOutcome.Fail(error);
        }

        if (!store.EndRelationship(arn, request!.Nino, request.AgentType))
        {
            return ApiOutcome.Fail(call.Error("NO_RELATIONSHIP"));
        }

        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.RelationshipEnded(arn, request.AgentType, Nino.Mask(request.Nino));
        }

        return ApiOutcome.NoContent();
    }

    private static ApiError? CheckAgent(ApiCall call, string arn)
    {
        var user = call.RequiredUser;
        if (user.AccountType != HmrcAccountType.Agent)
        {
            return call.Error("NOT_AN_AGENT");
        }

        if (user.AgentReferenceNumber is null)
        {
            return call.Error("AGENT_NOT_SUBSCRIBED");
        }

        return user.AgentReferenceNumber == arn ? null : call.Error("NO_PERMISSION_ON_AGENCY");
    }

    private (Invitation? Invitation, ApiError? Error) FindOwnInvitation(ApiCall call, string arn, string invitationId)
    {
        if (CheckAgent(call, arn) is { } error)
        {
            return (null, error);
        }

        var invitation = store.FindInvitation(invitationId);
        if (invitation is null)
        {
            return (null, call.Error("INVITATION_NOT_FOUND"));
        }

        return invitation.Arn == arn ? (invitation, null) : (null, call.Error("NO_PERMISSION_ON_AGENCY"));
    }

    /// <summary>
    /// Checks the caller is the agent, then the body. With a known fact, also checks the client is
    /// signed up to Making Tax Digital and the postcode is the one HMRC has. Every error of the
    /// body itself, including text that is not JSON, is BAD_REQUEST in this API.
    /// </summary>
    private (ClientRequest? Request, ApiError? Error) ReadClient(
        ApiCall call,
        string arn,
        bool hasClientType,
        bool hasKnownFact)
    {
        if (CheckAgent(call, arn) is { } agentError)
        {
            return (null, agentError);
        }

        var (body, bodyError) = call.ParseBody();
        var (request, error) = bodyError is not null
            ? (null, call.Error("BAD_REQUEST"))
            : ClientRequest.Parse(body, call.Endpoint.Api, hasClientType, hasKnownFact);
        if (error is null && hasKnownFact)
        {
            error = CheckKnownFact(call, request!);
        }

        return error is null ? (request, null) : (null, error);
    }

    private ApiError? CheckKnownFact(ApiCall call, ClientRequest request)
    {
        var client = users.FindByNino(request.Nino);
        if (client is not { IsSignedUpToMtd: true })
        {
            return call.Error("CLIENT_REGISTRATION_NOT_FOUND");
        }

        return ClientRequest.PostcodesMatch(request.Postcode, client.Postcode)
            ? null
            : call.Error("POSTCODE_DOES_NOT_MATCH");
    }

    private static string BaseUrl(ApiCall call) => $"{call.Http.Request.Scheme}://{call.Http.Request.Host}";

    private static ApiEndpoint Endpoint(string method, string scope, bool hasBody = false) =>
        new(AgentApis.AgentAuthorisation, method, ScenarioTable.None, HasBody: hasBody, RequiredScope: scope);
}
