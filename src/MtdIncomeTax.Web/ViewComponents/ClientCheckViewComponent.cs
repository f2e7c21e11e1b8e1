using Microsoft.AspNetCore.Mvc;
using MtdIncomeTax.Data.Stores.Agents;
using MtdIncomeTax.Web.Agents.CheckAll;
using MtdIncomeTax.Web.Authentication;

namespace MtdIncomeTax.Web.ViewComponents;

/// <summary>
/// Renders the "check all clients" panel for an agent's practice: a start button, the progress
/// of a running check, or the summary of the last one. Include it with
/// <c>@await Component.InvokeAsync("ClientCheck")</c> on the client list, or with
/// <c>new { standalone = true }</c> on a page whose own heading names the check.
/// </summary>
public sealed class ClientCheckViewComponent(ClientCheckRunStore runs) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(bool standalone = false)
    {
        if (UserClaimsPrincipal.FindPracticeId() is not { } practiceId)
        {
            return Content("");
        }

        var run = await runs.FindLatestAsync(practiceId, HttpContext.RequestAborted);
        var returnPath = Request.Path.Value + Request.QueryString.Value;
        return View(new ClientCheckView(run, returnPath) { OnClientList = !standalone });
    }
}
