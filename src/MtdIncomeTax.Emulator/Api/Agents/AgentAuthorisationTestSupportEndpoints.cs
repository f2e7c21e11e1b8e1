using System.Text.Json.Nodes;
using MtdIncomeTax.Emulator.Agents;
using MtdIncomeTax.Emulator.Api.Pipeline;
using MtdIncomeTax.Emulator.Logging;
using MtdIncomeTax.Emulator.Users;

namespace MtdIncomeTax.Emulator.Api.Agents;

/// <summary>
/// Agent Authorisation Test Support 1.0, HMRC's sandbox stand-in for the client's response:
/// PUT /agent-authorisation-test-support/invitations/{id} accepts an invitation and DELETE
/// rejects it, each 204, or an empty 404 for an unknown id and 409 when it is no longer Pending.
/// GET .../known-facts/mtd-it/nino/{nino} returns the postcode to give as knownFact. The
/// specification declares no authentication, so these take any request, with or without a token.
/// </summary>
internal sealed class AgentAuthorisationTestSupportEndpoints(
    AgentAuthorisationStore store,
    HmrcUserRegistry users,
    ILogger<AgentAuthorisationTestSupportEndpoints> logger)
{
    public static readonly ApiEndpoint Accept = Endpoint(HttpMethods.Put);

    public static readonly ApiEndpoint Reject = Endpoint(HttpMethods.Delete);

    public static readonly ApiEndpoint KnownFacts = Endpoint(HttpMethods.Get);

    private const string Prefix = "/agent-authorisation-test-support";

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPut(Prefix + "/invitations/{invitationId}",
            (string invitationId, HttpContext context, ApiPipeline pipeline, AgentAuthorisationTestSupportEndpoints support) =>
                pipeline.RunAsync(context, Accept, nino: null,
                    _ => Task.FromResult(ApiOutcome.Empty(support.Answer(invitationId, accept: true)))));
        routes.MapDelete(Prefix + "/invitations/{invitationId}",
            (string invitationId, HttpContext context, ApiPipeline pipeline, AgentAuthorisationTestSupportEndpoints support) =>
                pipeline.RunAsync(context, Reject, nino: null,
                    _ => Task.FromResult(ApiOutcome.Empty(support.Answer(invitationId, accept: false)))));
        routes.MapGet(Prefix + "/known-facts/mtd-it/nino/{nino}",
            (string nino, HttpContext context, ApiPipeline pipeline, AgentAuthorisationTestSupportEndpoints support) =>
                pipeline.RunAsync(context, KnownFacts, nino: null, _ => Task.FromResult(support.FindKnownFact(nino))));
    }

    /// <summary>Accepts or rejects the invitation as its client would, and returns the result's status code.</summary>
    public int Answer(string invitationId, bool accept)
    {
        var result = store.Answer(invitationId, accept);
        if (result == RespondResult.Done)
        {
            logger.InvitationAnswered(invitationId, accept ? "accepted" : "rejected");
        }

        return result switch
        {
            RespondResult.Done => StatusCodes.Status204NoContent,
            RespondResult.NotFound => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status409Conflict,
        };
    }

    // The body of the Test Support API's known-fact-mtd-it.json example, for a client signed up to MTD.
    private ApiOutcome FindKnownFact(string nino)
    {
        var client = users.FindByNino(nino);
        if (client is not { IsSignedUpToMtd: true })
        {
            return ApiOutcome.Empty(StatusCodes.Status404NotFound);
        }

        return ApiOutcome.Ok(new JsonObject
        {
            ["service"] = new JsonArray(ClientRequest.IncomeTaxService),
            ["clientType"] = "personal",
            ["clientIdType"] = "ni",
            ["clientId"] = client.Nino,
            ["knownFact"] = client.Postcode,
        });
    }

    private static ApiEndpoint Endpoint(string method) =>
        new(AgentApis.AgentAuthorisationTestSupport, method, ScenarioTable.None, Open: true);
}
