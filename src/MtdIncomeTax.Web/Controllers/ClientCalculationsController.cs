using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Hmrc.Api;
using MtdIncomeTax.Hmrc.Api.Calculations;
using MtdIncomeTax.Web.Agents.Acting;
using MtdIncomeTax.Web.Authentication;
using MtdIncomeTax.Web.Calculations;
using MtdIncomeTax.Web.Obligations;

namespace MtdIncomeTax.Web.Controllers;

/// <summary>
/// An authorised client's in-year calculations for the client's main agent, through the
/// practice's HMRC connection with the client's NINO. HMRC lets only the main agent use the
/// Individual Calculations API, so a supporting agent gets an explanation and HMRC is not called.
/// </summary>
[Authorize(Roles = AppRoles.Agent)]
[Route("clients/{clientId:guid}/calculations")]
public sealed class ClientCalculationsController(
    ClientAccess clientAccess,
    HmrcConnectionStore connections,
    IndividualCalculationsClient calculations,
    ObligationsService obligations,
    AuditLog auditLog,
    ILogger<ClientCalculationsController> logger) : CalculationJourneyController(calculations, obligations, auditLog, logger)
{
    private const string Feature = "calculations";

    /// <summary>The client's calculations start with a request for one.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var (subject, failure) = await ResolveSubjectAsync(cancellationToken);
        return failure ?? Redirect($"{subject!.PathBase}/new");
    }

    protected override async Task<(CalculationSubject? Subject, IActionResult? Failure)> ResolveSubjectAsync(
        CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(RouteData.Values["clientId"]?.ToString(), out var clientId)
            || await clientAccess.FindAsync(User, clientId, cancellationToken) is not { } client)
        {
            return (null, this.ClientNotFound());
        }

        if (client.AgentType == AgentType.Supporting)
        {
            return (null, this.SupportingAgentKeptOut(logger, client, Feature));
        }

        if (client.Status != ClientRelationshipStatus.Authorised)
        {
            return (null, this.ClientNotAuthorised(ClientNotAuthorisedViewModel.For(client)));
        }

        var connection = await connections.FindForPracticeAsync(client.PracticeId, cancellationToken);
        if (connection is not { Status: ConnectionStatus.Active })
        {
            return (null, this.ClientNotAuthorised(ClientNotAuthorisedViewModel.PracticeNotLinked(client)));
        }

        var subject = new CalculationSubject(
            connection.Id,
            Nino.Parse(client.Nino),
            $"/clients/{client.Id}/calculations",
            client.Name + "'s",
            $"/clients/{client.Id}/businesses",
            client.Name + "'s businesses",
            client.Id);
        return (subject, null);
    }

    protected override async Task<IActionResult?> HmrcRefusedAsync(
        CalculationSubject subject, HmrcApiError hmrcError, CancellationToken cancellationToken)
    {
        if (subject.ClientId is not { } clientId || !ClientAccess.IsRefusal(hmrcError))
        {
            return null;
        }

        if (await clientAccess.FindAsync(User, clientId, cancellationToken) is not { } client)
        {
            return this.ClientNotFound();
        }

        var saved = await clientAccess.MarkRefusedAsync(client, subject.ConnectionId, User.GetUserId(), hmrcError, cancellationToken);
        return this.ClientNotAuthorised(ClientNotAuthorisedViewModel.For(saved) with
        {
            Title = ClientNotAuthorisedViewModel.HmrcRefusedTitle,
        });
    }
}
