using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.Hmrc.Tokens;
using MtdIncomeTax.Web.Authentication;
using MtdIncomeTax.Web.Connections;

namespace MtdIncomeTax.Web.Controllers;

/// <summary>Disconnecting from HMRC: confirm, delete the tokens, then explain how to remove the authority at HMRC.</summary>
[Authorize(Roles = AppRoles.Business)]
public sealed class DisconnectController(
    CurrentConnection currentConnection,
    ConnectionLifecycleStore lifecycle,
    HmrcTokenManager tokenManager,
    ILogger<DisconnectController> logger) : Controller
{
    [HttpGet("/disconnect")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var connection = await currentConnection.GetAsync(User.GetUserId(), cancellationToken);
        if (connection is null or { Status: ConnectionStatus.Disconnected })
        {
            return RedirectToAction(nameof(DashboardController.Index), "Dashboard");
        }

        return View(connection);
    }

    [HttpPost("/disconnect")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Disconnect(CancellationToken cancellationToken)
    {
        var userId = User.GetUserId();
        var connection = await currentConnection.GetAsync(userId, cancellationToken);
        if (await lifecycle.DisconnectAsync(userId, cancellationToken))
        {
            // Other instances may still use their copy of the token for a few seconds; see
            // Hmrc:Tokens:CacheDuration.
            tokenManager.Forget(connection!.Id);
            logger.Disconnected(userId);
        }

        // A second submit finds the connection already disconnected and shows the same page.
        return RedirectToAction(nameof(Done));
    }

    [HttpGet("/disconnect/done")]
    public async Task<IActionResult> Done(CancellationToken cancellationToken)
    {
        var connection = await currentConnection.GetAsync(User.GetUserId(), cancellationToken);
        if (connection is not { Status: ConnectionStatus.Disconnected })
        {
            return RedirectToAction(nameof(DashboardController.Index), "Dashboard");
        }

        return View(connection);
    }
}
