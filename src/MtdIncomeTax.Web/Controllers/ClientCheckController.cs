using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores;
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
    HmrcConnectionStore connections,
    AuditLog auditLog,
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

        return ReturnTo(returnPath);
    }

    /// <summary>
    /// Stops the practice's running check, keeping what it checked so far, and returns to the page
    /// the button was on. The instance working on the run notices when it next records a client.
    /// </summary>
    [HttpPost("stop")]
    public async Task<IActionResult> Stop(string? returnPath, CancellationToken cancellationToken)
    {
        if (User.FindPracticeId() is not { } practiceId)
        {
            return Forbid();
        }

        var run = await runs.FindLatestAsync(practiceId, cancellationToken);
        if (run is not { Status: ClientCheckRunStatus.Running })
        {
            return ReturnTo(returnPath);
        }

        var reason = $"{User.Identity?.Name ?? "A member of your practice"} stopped the check.";
        var stopped = await runs.StopAsync(run.Id, holder: null, reason, cancellationToken);
        if (stopped is not null)
        {
            var userId = User.GetUserId();
            logger.ClientCheckStopRequested(userId, practiceId, run.Id, stopped.Checked, stopped.Total);
            var connection = await connections.FindForPracticeAsync(practiceId, cancellationToken);
            var detail = $"Stopped after {stopped.Checked} of {stopped.Total} clients: {reason}";
            await auditLog.RecordAsync(AuditEventKind.ClientCheckCompleted, connection?.Id, userId, detail, cancellationToken);
        }

        return ReturnTo(returnPath);
    }

    private LocalRedirectResult ReturnTo(string? returnPath) =>
        LocalRedirect(returnPath is not null && Url.IsLocalUrl(returnPath) ? returnPath : DefaultReturnPath);

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
