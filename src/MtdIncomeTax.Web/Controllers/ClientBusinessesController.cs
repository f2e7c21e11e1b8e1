using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.Data.Stores.Agents;
using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Hmrc.Api;
using MtdIncomeTax.Hmrc.Api.BusinessDetails;
using MtdIncomeTax.Web.Agents.Acting;
using MtdIncomeTax.Web.Authentication;
using MtdIncomeTax.Web.Guidance;
using MtdIncomeTax.Web.Models;
using MtdIncomeTax.Web.Obligations;

namespace MtdIncomeTax.Web.Controllers;

/// <summary>
/// Acting for a client: an authorised client's businesses and obligations, read through the
/// practice's own HMRC grant with the client's NINO. A supporting agent may not see the client's
/// calculations or make the final declaration, so those pages explain that and call HMRC for nothing.
/// </summary>
[Authorize(Roles = AppRoles.Agent)]
[Route("clients/{clientId:guid}")]
public sealed class ClientBusinessesController(
    AgentClientStore clients,
    HmrcConnectionStore connections,
    BusinessDetailsClient businessDetails,
    ObligationsService obligations,
    AuditLog auditLog,
    ILogger<ClientBusinessesController> logger) : Controller
{
    private const string NotAuthorisedCode = "CLIENT_OR_AGENT_NOT_AUTHORISED";

    [HttpGet("businesses")]
    public async Task<IActionResult> Index(Guid clientId, string? taxYear, CancellationToken cancellationToken)
    {
        if (await FindClientAsync(clientId, cancellationToken) is not { } client)
        {
            return this.ClientNotFound();
        }

        if (client.Status != ClientRelationshipStatus.Authorised)
        {
            return NotAuthorised(ClientNotAuthorisedViewModel.For(client));
        }

        var connection = await connections.FindForPracticeAsync(client.PracticeId, cancellationToken);
        if (connection is not { Status: ConnectionStatus.Active })
        {
            return NotAuthorised(new ClientNotAuthorisedViewModel(
                client,
                "Your practice is not linked to HMRC",
                "MtdIncomeTax needs your practice's HMRC authority to read a client's businesses.",
                "Link the practice to HMRC with your agent services account, then come back to this page."));
        }

        var nino = Nino.Parse(client.Nino);
        var businesses = await businessDetails.ListAllBusinessesAsync(connection.Id, nino, cancellationToken);
        if (!businesses.Succeeded)
        {
            return await BusinessesFailedAsync(client, connection.Id, businesses.Error, cancellationToken);
        }

        var current = TaxYear.Containing(obligations.Today);
        var shown = TaxYear.TryParse(taxYear, out var requested) && requested == current.Previous ? requested : current;
        var overview = await obligations.ReadAsync(connection.Id, nino, shown, businesses.Value.ListOfBusinesses, cancellationToken);
        if (overview.HmrcError is { } error && IsNotAuthorised(error))
        {
            return await HmrcRefusedAsync(client, connection.Id, error, cancellationToken);
        }

        var panel = new ObligationsPanel(overview, shown == current ? [current.Previous] : [current], $"/clients/{client.Id}/businesses")
        {
            ForBusiness = false,
            CalculationPath = null,
        };
        return View(new ClientBusinessesViewModel(client, businesses.Value.ListOfBusinesses, panel, null));
    }

    /// <summary>The client's tax calculations: not open to a supporting agent.</summary>
    [HttpGet("calculations")]
    [HttpGet("calculations/new")]
    public Task<IActionResult> Calculations(Guid clientId, CancellationToken cancellationToken) =>
        SupportingAgentKeptOutAsync(clientId, "calculations", cancellationToken);

    /// <summary>The client's final declaration: not open to a supporting agent.</summary>
    [HttpGet("final-declaration")]
    public Task<IActionResult> FinalDeclaration(Guid clientId, CancellationToken cancellationToken) =>
        SupportingAgentKeptOutAsync(clientId, "final declaration", cancellationToken);

    // NOTE: main agents cannot yet see a client's calculation or make the final declaration in
    // MtdIncomeTax, so these pages return 404 for them and the client's page offers no link.
    private async Task<IActionResult> SupportingAgentKeptOutAsync(Guid clientId, string page, CancellationToken cancellationToken)
    {
        var client = await FindClientAsync(clientId, cancellationToken);
        if (client is null)
        {
            return this.ClientNotFound();
        }

        if (client.AgentType != AgentType.Supporting)
        {
            return NotFound();
        }

        var userId = User.GetUserId();
        logger.SupportingAgentKeptOut(userId, client.PracticeId, page, client.Id);
        Response.StatusCode = StatusCodes.Status403Forbidden;
        ViewData["Feature"] = page;
        return View("SupportingAgent", client);
    }

    private async Task<AgentClient?> FindClientAsync(Guid clientId, CancellationToken cancellationToken) =>
        User.FindPracticeId() is { } practiceId ? await clients.FindAsync(practiceId, clientId, cancellationToken) : null;

    private async Task<IActionResult> BusinessesFailedAsync(
        AgentClient client, Guid connectionId, HmrcApiError error, CancellationToken cancellationToken)
    {
        if (IsNotAuthorised(error))
        {
            return await HmrcRefusedAsync(client, connectionId, error, cancellationToken);
        }

        // HMRC lists nothing for a client who has no businesses; that is not a fault to report.
        if (error.StatusCode == HttpStatusCode.NotFound && error.Code == "MATCHING_RESOURCE_NOT_FOUND")
        {
            return View(new ClientBusinessesViewModel(client, [], null, null));
        }

        logger.ClientBusinessesUnavailable(client.PracticeId, client.Id, (int)error.StatusCode, error.Code, error.CorrelationId);
        return View(new ClientBusinessesViewModel(client, null, null, HmrcGuidance.For(error)));
    }

    /// <summary>Sets a client HMRC refused to NeedsAttention with the reason, and explains it.</summary>
    private async Task<IActionResult> HmrcRefusedAsync(
        AgentClient client, Guid connectionId, HmrcApiError error, CancellationToken cancellationToken)
    {
        logger.ClientNotAuthorisedByHmrc(client.PracticeId, client.Id, (int)error.StatusCode, error.Code, error.CorrelationId);
        var previous = client.Status;
        var saved = await clients.UpdateAsync(client.PracticeId, client.Id, row =>
        {
            row.Status = ClientRelationshipStatus.NeedsAttention;
            row.StatusReason = ClientNotAuthorisedViewModel.HmrcRefusedReason;
            return true;
        }, cancellationToken) ?? client;

        if (previous != ClientRelationshipStatus.NeedsAttention)
        {
            await auditLog.RecordAsync(
                AuditEventKind.ClientStatusChanged,
                connectionId,
                User.GetUserId(),
                $"{saved.Name} ({Nino.Parse(saved.Nino).Masked}): {previous} to {saved.Status}. {saved.StatusReason}",
                cancellationToken,
                error.CorrelationId);
        }

        return NotAuthorised(ClientNotAuthorisedViewModel.For(saved) with { Title = "HMRC did not let your practice act for this client" });
    }

    private ViewResult NotAuthorised(ClientNotAuthorisedViewModel model)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View("NotAuthorised", model);
    }

    private static bool IsNotAuthorised(HmrcApiError error) =>
        error.StatusCode == HttpStatusCode.Forbidden && error.HasCode(NotAuthorisedCode);
}
