using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MtdIncomeTax.Data.Stores.Agents;
using MtdIncomeTax.Web.Agents.CheckAll;
using MtdIncomeTax.Web.Authentication;

namespace MtdIncomeTax.Web.Controllers;

/// <summary>
/// "Check all clients": starts a background check of every client's authorisation status and
/// reports its progress. The panel sits on the client list; this page shows it on its own.
/// </summary>
[Authorize(Roles = AppRoles.Agent)]
[Route("clients/check-all")]
public sealed class ClientCheckController(
    ClientCheckRunStore runs,
    ClientCheckSignal signal,
    ILogger<ClientCheckController> logger) : Controller
{
    public const string DefaultReturnPath = "/clients/check-all";

    [HttpGet("")]
    public IActionResult Index() => User.FindPracticeId() is null ? Forbid() : View();

    /// <summary>Starts a check, or leaves the running one as it is, and returns to the page the button was on.</summary>
    [HttpPost("")]
    public async Task<IActionResult> Start(string? returnPath, CancellationToken cancellationToken)
    {
        if (User.FindPracticeId() is not { } practiceId)
        {
            return Forbid();
        }

        var userId = User.GetUserId();
        var (run, started) = await runs.StartAsync(practiceId, userId, cancellationToken);
        logger.ClientCheckRequested(userId, practiceId, run.Id, started);
        signal.Notify();

        return LocalRedirect(returnPath is not null && Url.IsLocalUrl(returnPath) ? returnPath : DefaultReturnPath);
    }

    /// <summary>The progress of the practice's latest check as JSON, for the panel's script.</summary>
    [HttpGet("status")]
    public async Task<IActionResult> Status(CancellationToken cancellationToken)
    {
        if (User.FindPracticeId() is not { } practiceId)
        {
            return Forbid();
        }

        var run = await runs.FindLatestAsync(practiceId, cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return Json(new ClientCheckView(run, DefaultReturnPath).ToJson());
    }
}
