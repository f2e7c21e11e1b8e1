using MtdIncomeTax.Emulator.Agents;
using MtdIncomeTax.Emulator.Api;
using MtdIncomeTax.Emulator.Api.Agents;
using MtdIncomeTax.Emulator.Logging;
using MtdIncomeTax.Emulator.Users;

namespace MtdIncomeTax.Emulator.TestSupport;

/// <summary>
/// Test-mode routes for agents, mapped only when Emulator:TestMode is true.
/// <list type="bullet">
/// <item>POST /test-support/agent-clients with JSON {"count"}: creates that many individuals
/// signed up to MTD and returns them as a JSON array of {userId, password, nino, mtdItId, postcode}.</item>
/// <item>POST /test-support/relationships with JSON {"arn", "nino", "agentType"}: creates the
/// relationship without an invitation, as accepting one would; 204.</item>
/// <item>POST /test-support/invitations/{id}/accept and /reject: accept or reject as the client would;
/// 204, 404 for an unknown id, 409 when it is no longer Pending.</item>
/// <item>POST /test-support/invitations/{id}/expire: a Pending invitation expires now; 204, or 404.</item>
/// </list>
/// </summary>
internal static class AgentTestSupportEndpoints
{
    private const int MaxClients = 10_000;

    private static readonly string[] FirstNames = ["Ana", "Ben", "Chloe", "Dev", "Erin", "Femi"];

    public static void Map(IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/test-support");
        group.MapPost("/agent-clients", CreateClients);
        group.MapPost("/relationships", CreateRelationship);
        group.MapPost("/invitations/{invitationId}/accept",
            (string invitationId, AgentAuthorisationTestSupportEndpoints endpoints) =>
                Results.StatusCode(endpoints.Answer(invitationId, accept: true)));
        group.MapPost("/invitations/{invitationId}/reject",
            (string invitationId, AgentAuthorisationTestSupportEndpoints endpoints) =>
                Results.StatusCode(endpoints.Answer(invitationId, accept: false)));
        group.MapPost("/invitations/{invitationId}/expire", (string invitationId, AgentAuthorisationStore store) =>
            store.Expire(invitationId)
                ? Results.NoContent()
                : Results.NotFound(new { error = $"invitation {invitationId} does not exist" }));
    }

    private static IResult CreateClients(
        AgentClientsRequest request,
        HmrcUserRegistry users,
        ILogger<AgentClientsRequest> logger)
    {
        if (request.Count is not (>= 1 and <= MaxClients))
        {
            return Results.BadRequest(new { error = $"count must be from 1 to {MaxClients}" });
        }

        var clients = Enumerable.Range(0, request.Count.Value)
            .Select(index => users.CreateIndividual(FirstNames[index % FirstNames.Length], "Client"))
            .Select(user => new { user.UserId, user.Password, user.Nino, user.MtdItId, user.Postcode })
            .ToList();
        logger.AgentClientsCreated(clients.Count);

        return Results.Json(clients);
    }

    private static IResult CreateRelationship(
        RelationshipRequest request,
        HmrcUserRegistry users,
        AgentAuthorisationStore store,
        ILogger<RelationshipRequest> logger)
    {
        AgentType? agentType = request.AgentType switch
        {
            null or "main" => AgentType.Main,
            "supporting" => AgentType.Supporting,
            _ => null,
        };
        if (agentType is null)
        {
            return Results.BadRequest(new { error = "agentType must be main or supporting" });
        }

        if (string.IsNullOrEmpty(request.Arn))
        {
            return Results.BadRequest(new { error = "arn is missing" });
        }

        var client = request.Nino is null ? null : users.FindByNino(request.Nino);
        if (client is not { IsSignedUpToMtd: true })
        {
            return Results.BadRequest(new { error = "nino must be the NINO of an individual signed up to MTD" });
        }

        store.AddRelationship(request.Arn, client.Nino!, agentType.Value);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.RelationshipCreated(request.Arn, agentType.Value, Nino.Mask(client.Nino!));
        }

        return Results.NoContent();
    }
}
