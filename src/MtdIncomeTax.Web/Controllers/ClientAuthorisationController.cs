using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MtdIncomeTax.Data.Stores.Agents;
using MtdIncomeTax.Web.Agents;
using MtdIncomeTax.Web.Authentication;
using MtdIncomeTax.Web.Models;

namespace MtdIncomeTax.Web.Controllers;

/// <summary>
/// A client's page and the authorisation actions on it. Every action is a POST with an
/// antiforgery token, for a client of the signed-in person's practice; another practice's client
/// is not found.
/// </summary>
[Authorize(Roles = AppRoles.Agent)]
[Route("clients/{id:guid}")]
public sealed class ClientAuthorisationController(AgentClientStore clients, AuthorisationRequestService requests) : Controller
{
    public const string NoticeKey = "ClientNotice";

    [HttpGet("")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken)
    {
        var client = await clients.FindAsync(PracticeId, id, cancellationToken);
        return client is null
            ? this.ClientNotFound()
            : View(new ClientPageViewModel(client, TempData[NoticeKey] as string, null));
    }

    [HttpPost("request")]
    public async Task<IActionResult> RequestAuthorisation(Guid id, CancellationToken cancellationToken) =>
        Result(await requests.RequestAsync(PracticeId, id, User.GetUserId(), cancellationToken));

    [HttpPost("check")]
    public async Task<IActionResult> Check(Guid id, CancellationToken cancellationToken) =>
        Result(await requests.CheckAsync(PracticeId, id, User.GetUserId(), cancellationToken));

    [HttpPost("cancel")]
    public async Task<IActionResult> Cancel(Guid id, CancellationToken cancellationToken) =>
        Result(await requests.CancelAsync(PracticeId, id, User.GetUserId(), cancellationToken));

    [HttpGet("deauthorise")]
    public async Task<IActionResult> ConfirmDeauthorise(Guid id, CancellationToken cancellationToken)
    {
        var client = await clients.FindAsync(PracticeId, id, cancellationToken);
        if (client is null)
        {
            return this.ClientNotFound();
        }

        if (!ClientStatusText.MayHaveRelationship(client.Status))
        {
            TempData[NoticeKey] = ClientStatusText.NothingToEnd(client.Status);
            return Redirect($"/clients/{client.Id}");
        }

        return View("Deauthorise", client);
    }

    [HttpPost("deauthorise")]
    public async Task<IActionResult> Deauthorise(Guid id, CancellationToken cancellationToken) =>
        Result(await requests.DeauthoriseAsync(PracticeId, id, User.GetUserId(), cancellationToken));

    private Guid PracticeId => User.GetPracticeId();

    // Success moves on to the client's page, so a reload sends nothing again; guidance is shown at once.
    private IActionResult Result(ClientActionOutcome outcome)
    {
        if (outcome.Client is null)
        {
            return this.ClientNotFound();
        }

        if (outcome.Guidance is null)
        {
            TempData[NoticeKey] = outcome.Notice;
            return Redirect($"/clients/{outcome.Client.Id}");
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Show), new ClientPageViewModel(outcome.Client, outcome.Notice, outcome.Guidance));
    }
}
