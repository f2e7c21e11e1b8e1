using Microsoft.AspNetCore.Mvc;
using MtdIncomeTax.Data.Stores.Agents;
using MtdIncomeTax.Web.Agents.CheckAll;
using MtdIncomeTax.Web.Authentication;

namespace MtdIncomeTax.Web.ViewComponents;

/// <summary>
/// Renders the "check all clients" panel for an agent's practice: a start button, the progress
/// of a running check, or the summary of the last one. Include it with
/// <c>@await Component.InvokeAsync("ClientCheck")</c>.
/// </summary>
public sealed class ClientCheckViewComponent(ClientCheckRunStore runs) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (UserClaimsPrincipal.FindPracticeId() is not { } practiceId)
        {
            return Content("");
        }

        var run = await runs.FindLatestAsync(practiceId, HttpContext.RequestAborted);
        return View(new ClientCheckView(run, Request.Path.Value ?? "/clients"));
    }
}
