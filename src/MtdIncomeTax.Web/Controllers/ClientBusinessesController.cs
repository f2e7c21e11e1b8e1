using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores;
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
/// calculations (see <see cref="ClientCalculationsController"/>) or make the final declaration, so
/// those pages explain that and call HMRC for nothing.
/// </summary>
[Authorize(Roles = AppRoles.Agent)]
[Route("clients/{clientId:guid}")]
public sealed class ClientBusinessesController(
    ClientAccess clientAccess,
    HmrcConnectionStore connections,
    BusinessDetailsClient businessDetails,
    ObligationsService obligations,
    ILogger<ClientBusinessesController> logger) : Controller
{
    [HttpGet("businesses")]
    public async Task<IActionResult> Index(Guid clientId, string? taxYear, CancellationToken cancellationToken)
    {
        if (await clientAccess.FindAsync(User, clientId, cancellationToken) is not { } client)
        {
            return this.ClientNotFound();
        }

        if (client.Status != ClientRelationshipStatus.Authorised)
        {
            return this.ClientNotAuthorised(ClientNotAuthorisedViewModel.For(client));
        }

        var connection = await connections.FindForPracticeAsync(client.PracticeId, cancellationToken);
        if (connection is not { Status: ConnectionStatus.Active })
        {
            return this.ClientNotAuthorised(ClientNotAuthorisedViewModel.PracticeNotLinked(client));
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
        if (overview.HmrcError is { } error && ClientAccess.IsRefusal(error))
        {
            return await HmrcRefusedAsync(client, connection.Id, error, cancellationToken);
        }

        var panel = new ObligationsPanel(overview, shown == current ? [current.Previous] : [current], $"/clients/{client.Id}/businesses")
        {
            ForBusiness = false,
            CalculationPath = client.AgentType == AgentType.Main ? $"/clients/{client.Id}/calculations/new" : null,
        };
        return View(new ClientBusinessesViewModel(client, businesses.Value.ListOfBusinesses, panel, null));
    }

    /// <summary>
    /// The client's final declaration: not open to a supporting agent. MtdIncomeTax has no final
    /// declaration page for anyone yet, so a main agent gets 404.
    /// </summary>
    [HttpGet("final-declaration")]
    public async Task<IActionResult> FinalDeclaration(Guid clientId, CancellationToken cancellationToken)
    {
        var client = await clientAccess.FindAsync(User, clientId, cancellationToken);
        if (client is null)
        {
            return this.ClientNotFound();
        }

        return client.AgentType == AgentType.Supporting
            ? this.SupportingAgentKeptOut(logger, client, "final declaration")
            : NotFound();
    }

    private async Task<IActionResult> BusinessesFailedAsync(
        AgentClient client, Guid connectionId, HmrcApiError error, CancellationToken cancellationToken)
    {
        if (ClientAccess.IsRefusal(error))
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

    private async Task<IActionResult> HmrcRefusedAsync(
        AgentClient client, Guid connectionId, HmrcApiError error, CancellationToken cancellationToken)
    {
        var saved = await clientAccess.MarkRefusedAsync(client, connectionId, User.GetUserId(), error, cancellationToken);
        return this.ClientNotAuthorised(ClientNotAuthorisedViewModel.For(saved) with { Title = ClientNotAuthorisedViewModel.HmrcRefusedTitle });
    }
}
