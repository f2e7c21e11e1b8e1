using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Web.Agents;
using MtdIncomeTax.Web.Authentication;
using MtdIncomeTax.Web.FraudPrevention;
using MtdIncomeTax.Web.Linking;
using MtdIncomeTax.Web.Models;

namespace MtdIncomeTax.Web.Controllers;

/// <summary>
/// The link journey: explain, ask for the NINO, send the person to HMRC, and take them back. The
/// callback and the result page serve agents too, whose journey starts on the practice pages.
/// </summary>
[Authorize(Roles = AppRoles.Business + "," + AppRoles.Agent)]
public sealed class ConnectController(
    HmrcLinkService linkService,
    HmrcConnectionStore connections,
    IOptions<LinkingOptions> linkingOptions) : Controller
{
    public const string NinoFormatMessage =
        "Enter a National Insurance number in the correct format, like QQ 12 34 56 C";

    [HttpGet("/connect")]
    [Authorize(Roles = AppRoles.Business)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var existing = await connections.FindForOwnerAsync(User.GetUserId(), cancellationToken);
        return View(new ConnectViewModel(existing?.Nino, null, existing is { Status: ConnectionStatus.Active }));
    }

    [HttpPost("/connect")]
    [Authorize(Roles = AppRoles.Business)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Start(string? nino, CancellationToken cancellationToken)
    {
        var userId = User.GetUserId();
        if (!Nino.TryParse(nino, out var parsed))
        {
            var existing = await connections.FindForOwnerAsync(userId, cancellationToken);
            var message = string.IsNullOrWhiteSpace(nino) ? "Enter your National Insurance number" : NinoFormatMessage;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Index), new ConnectViewModel(nino, message, existing is { Status: ConnectionStatus.Active }));
        }

        var authorizeUrl = await linkService.StartAsync(userId, parsed, cancellationToken);
        return Redirect(authorizeUrl);
    }

    /// <summary>HMRC's redirect back to us; the configured Hmrc:RedirectUri must point here.</summary>
    [HttpGet("/hmrc/callback")]
    public async Task<IActionResult> Callback(
        string? code,
        string? state,
        string? error,
        [FromQuery(Name = "error_description")] string? errorDescription,
        [FromQuery(Name = "error_code")] string? errorCode,
        [FromServices] FraudHeaderChecker fraudHeaderChecker,
        [FromServices] PracticeAccountCheck practiceCheck,
        CancellationToken cancellationToken)
    {
        var callback = new HmrcCallback(code, state, error, errorDescription, errorCode);
        var outcome = await linkService.CompleteAsync(User.GetUserId(), callback, cancellationToken);
        if (User.FindPracticeId() is { } practiceId && outcome is LinkOutcome.Linked or LinkOutcome.AlreadyLinked)
        {
            return await ConfirmPracticeAsync(practiceId, outcome, practiceCheck, cancellationToken);
        }

        // Every outcome moves on to a clean address, so the code never stays in the address bar,
        // the history or a reload.
        switch (outcome)
        {
            case LinkOutcome.Linked:
                await CheckFraudHeadersAsync(fraudHeaderChecker, cancellationToken);
                TempData["Linked"] = true;
                return RedirectToAction(nameof(DashboardController.Index), "Dashboard");
            case LinkOutcome.AlreadyLinked:
                return RedirectToAction(nameof(DashboardController.Index), "Dashboard");
            default:
                TempData["LinkOutcome"] = outcome.ToString();
                return RedirectToAction(nameof(Result));
        }
    }

    // After an agent links, one Agent Authorisation call shows whether the account and ARN are right.
    private async Task<IActionResult> ConfirmPracticeAsync(
        Guid practiceId, LinkOutcome outcome, PracticeAccountCheck practiceCheck, CancellationToken cancellationToken)
    {
        if (outcome == LinkOutcome.AlreadyLinked)
        {
            return Redirect(PracticeController.HomePath);
        }

        var check = await practiceCheck.CheckAsync(practiceId, User.GetUserId(), cancellationToken);
        TempData[PracticeController.CheckResultKey] = check.Result.ToString();
        TempData[PracticeController.CheckReferenceKey] = check.Error?.CorrelationId;
        return Redirect(check.Result == PracticeCheckResult.Confirmed ? PracticeController.HomePath : PracticeController.CheckPath);
    }

    // With the person present, the headers of the new connection's calls are checked once in the sandbox.
    private async Task CheckFraudHeadersAsync(FraudHeaderChecker checker, CancellationToken cancellationToken)
    {
        var connection = await connections.FindForOwnerAsync(User.GetUserId(), cancellationToken);
        if (connection is not null)
        {
            await checker.CheckIfEnabledAsync(connection.Id, cancellationToken);
        }
    }

    [HttpGet("/connect/result")]
    public IActionResult Result()
    {
        if (!Enum.TryParse<LinkOutcome>(TempData["LinkOutcome"] as string, out var outcome))
        {
            return RedirectToAction(nameof(Index));
        }

        Response.StatusCode = outcome switch
        {
            LinkOutcome.Denied => StatusCodes.Status200OK,
            LinkOutcome.TokenRejected or LinkOutcome.TokenUnavailable => StatusCodes.Status502BadGateway,
            _ => StatusCodes.Status400BadRequest,
        };
        return View(new LinkResultViewModel(outcome, linkingOptions.Value.AttemptLifetime));
    }
}
