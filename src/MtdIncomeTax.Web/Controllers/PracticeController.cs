using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.Data.Stores.Agents;
using MtdIncomeTax.Hmrc.Api.AgentAuthorisation;
using MtdIncomeTax.Web.Agents;
using MtdIncomeTax.Web.Authentication;
using MtdIncomeTax.Web.Linking;
using MtdIncomeTax.Web.Models;

namespace MtdIncomeTax.Web.Controllers;

/// <summary>
/// An agent practice's home and its link to HMRC: any staff member enters the practice's ARN,
/// grants authority at HMRC with the agent services account, and corrects the ARN if HMRC reports
/// that it belongs to another account.
/// </summary>
[Authorize(Roles = AppRoles.Agent)]
public sealed class PracticeController(
    AgentPracticeStore practices,
    HmrcConnectionStore connections,
    HmrcLinkService linkService,
    PracticeAccountCheck accountCheck,
    ILogger<PracticeController> logger) : Controller
{
    public const string HomePath = "/practice";
    public const string CheckPath = "/practice/account-check";
    public const string CheckResultKey = "PracticeCheckResult";
    public const string CheckReferenceKey = "PracticeCheckReference";

    public const string ArnMissingMessage = "Enter your practice's agent reference number (ARN)";
    public const string ArnFormatMessage = "Enter an agent reference number in the correct format, like AARN1234567";

    [HttpGet(HomePath)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var practice = await practices.FindAsync(PracticeId, cancellationToken);
        var connection = await connections.FindForPracticeAsync(PracticeId, cancellationToken);
        var linked = TempData[CheckResultKey] as string == nameof(PracticeCheckResult.Confirmed);
        return View(new PracticeHomeViewModel(practice!, connection, linked));
    }

    [HttpGet("/practice/connect")]
    public async Task<IActionResult> Connect(CancellationToken cancellationToken)
    {
        var practice = await practices.FindAsync(PracticeId, cancellationToken);
        var connection = await connections.FindForPracticeAsync(PracticeId, cancellationToken);
        return View(new PracticeConnectViewModel(practice!.Name, practice.Arn, null, connection is not null));
    }

    [HttpPost("/practice/connect")]
    public async Task<IActionResult> Start(string? arn, CancellationToken cancellationToken)
    {
        if (!Arn.TryParse(arn, out var parsed))
        {
            var practice = await practices.FindAsync(PracticeId, cancellationToken);
            var connection = await connections.FindForPracticeAsync(PracticeId, cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            var message = string.IsNullOrWhiteSpace(arn) ? ArnMissingMessage : ArnFormatMessage;
            return View(nameof(Connect), new PracticeConnectViewModel(practice!.Name, arn, message, connection is not null));
        }

        var authorizeUrl = await linkService.StartAgentAsync(User.GetUserId(), PracticeId, parsed, cancellationToken);
        return Redirect(authorizeUrl);
    }

    /// <summary>Explains an account check that did not confirm the link, with the next step.</summary>
    [HttpGet(CheckPath)]
    public async Task<IActionResult> AccountCheck(CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<PracticeCheckResult>(TempData[CheckResultKey] as string, out var result))
        {
            return Redirect(HomePath);
        }

        var connection = await connections.FindForPracticeAsync(PracticeId, cancellationToken);
        Response.StatusCode = result == PracticeCheckResult.Failed ? StatusCodes.Status502BadGateway : StatusCodes.Status200OK;
        return View(new PracticeCheckViewModel(result, connection?.Arn, null, TempData[CheckReferenceKey] as string));
    }

    /// <summary>Corrects the ARN after HMRC reported that it is not the linked account's, then checks again.</summary>
    [HttpPost("/practice/arn")]
    public async Task<IActionResult> CorrectArn(string? arn, CancellationToken cancellationToken)
    {
        if (!Arn.TryParse(arn, out var parsed))
        {
            // The explanation names the ARN HMRC rejected; the form shows again what was typed.
            var connection = await connections.FindForPracticeAsync(PracticeId, cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            var message = string.IsNullOrWhiteSpace(arn) ? ArnMissingMessage : ArnFormatMessage;
            var model = new PracticeCheckViewModel(PracticeCheckResult.WrongArn, connection?.Arn, message, null) { EnteredArn = arn };
            return View(nameof(AccountCheck), model);
        }

        var userId = User.GetUserId();
        if (!await connections.UpdateArnAsync(PracticeId, parsed.Value, cancellationToken))
        {
            return Redirect("/practice/connect");
        }

        logger.PracticeArnCorrected(userId, PracticeId);
        var check = await accountCheck.CheckAsync(PracticeId, userId, cancellationToken);
        TempData[CheckResultKey] = check.Result.ToString();
        TempData[CheckReferenceKey] = check.Error?.CorrelationId;
        return Redirect(check.Result == PracticeCheckResult.Confirmed ? HomePath : CheckPath);
    }

    private Guid PracticeId => User.GetPracticeId();
}
