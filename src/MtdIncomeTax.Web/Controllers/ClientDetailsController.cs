using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores.Agents;
using MtdIncomeTax.Web.Agents;
using MtdIncomeTax.Web.Authentication;
using MtdIncomeTax.Web.Models;

namespace MtdIncomeTax.Web.Controllers;

/// <summary>Corrects a client's name, postcode and agent type, for a client of the signed-in person's practice.</summary>
[Authorize(Roles = AppRoles.Agent)]
[Route("clients/{id:guid}/details")]
public sealed class ClientDetailsController(AgentClientStore clients, ClientDetailsService details) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var client = await clients.FindAsync(User.GetPracticeId(), id, cancellationToken);
        if (client is null)
        {
            return this.ClientNotFound();
        }

        var form = new ClientForm(client.Name, null, client.Postcode, client.AgentType == AgentType.Supporting ? "supporting" : "main");
        return View(new ClientDetailsViewModel(client, form, []));
    }

    [HttpPost("")]
    public async Task<IActionResult> Change(Guid id, ClientForm form, CancellationToken cancellationToken)
    {
        var outcome = await details.ChangeAsync(User.GetPracticeId(), id, User.GetUserId(), form, cancellationToken);
        if (outcome.Client is null)
        {
            return this.ClientNotFound();
        }

        if (outcome.Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Edit), new ClientDetailsViewModel(outcome.Client, form, outcome.Errors));
        }

        TempData[ClientAuthorisationController.NoticeKey] = outcome.Notice;
        return Redirect($"/clients/{id}");
    }
}
