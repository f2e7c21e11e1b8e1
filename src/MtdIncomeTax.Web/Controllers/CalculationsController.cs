using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Hmrc.Api;
using MtdIncomeTax.Hmrc.Api.Calculations;
using MtdIncomeTax.Web.Authentication;
using MtdIncomeTax.Web.Calculations;
using MtdIncomeTax.Web.Connections;
using MtdIncomeTax.Web.Guidance;
using MtdIncomeTax.Web.Models;
using MtdIncomeTax.Web.Obligations;

namespace MtdIncomeTax.Web.Controllers;

/// <summary>
/// In-year tax calculations: triggers one at HMRC from the updates it has, then shows it when
/// ready. HMRC works asynchronously and returns 404 until the calculation is done.
/// </summary>
[Authorize(Roles = AppRoles.Business)]
[Route("calculations")]
public sealed class CalculationsController(
    CurrentConnection currentConnection,
    IndividualCalculationsClient calculations,
    ObligationsService obligations,
    AuditLog auditLog,
    ILogger<CalculationsController> logger) : Controller
{
    [HttpGet("new")]
    public async Task<IActionResult> New(string? taxYear, CancellationToken cancellationToken)
    {
        var (_, _, failure) = await ActiveConnectionAsync(cancellationToken);
        return failure ?? View("New", new CalculationRequestViewModel(ChooseTaxYear(taxYear), null));
    }

    [HttpPost("")]
    public async Task<IActionResult> Calculate(string? taxYear, CancellationToken cancellationToken)
    {
        var (connection, nino, failure) = await ActiveConnectionAsync(cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        if (!TaxYear.TryParse(taxYear, out var year) || !IsOffered(year))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("New", new CalculationRequestViewModel(ChooseTaxYear(null), new HmrcGuidance(
                "Choose a tax year", "MtdIncomeTax can ask for a calculation for this tax year or the one before.", "Ask for the tax year shown below, or go back to your dashboard to choose the other one.", false, null)));
        }

        var result = await calculations.TriggerCalculationAsync(connection!.Id, nino!, year, CalculationType.InYear, cancellationToken);
        if (!result.Succeeded)
        {
            LogFailure(connection.Id, result.Error);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            var guidance = result.OutcomeUnknown
                ? new HmrcGuidance(
                    "HMRC did not confirm your request",
                    "We asked HMRC for a calculation but did not get its answer.",
                    "Asking again is safe: it only makes a new calculation. Try again in a minute.",
                    false,
                    result.Error.CorrelationId)
                : HmrcGuidance.For(result.Error, year.Value);
            return View("New", new CalculationRequestViewModel(year, guidance));
        }

        var calculationId = result.Value.CalculationId.Value;
        logger.CalculationRequested(calculationId, connection.Id, year.Value, result.CorrelationId);
        await auditLog.RecordAsync(
            AuditEventKind.CalculationRequested, connection.Id, User.GetUserId(),
            RequestDetail(calculationId, year), cancellationToken, result.CorrelationId);

        // HMRC recommends waiting a few seconds before the first retrieve, so the page starts by waiting.
        TempData["JustRequested"] = true;
        return RedirectToAction(nameof(Show), new { taxYear = year.Value, calculationId });
    }

    [HttpGet("{taxYear}/{calculationId}")]
    public async Task<IActionResult> Show(string taxYear, string calculationId, CancellationToken cancellationToken)
    {
        var (connection, nino, failure) = await ActiveConnectionAsync(cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        if (!TaxYear.TryParse(taxYear, out var year) || !CalculationId.TryParse(calculationId, out var id))
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View("CalculationNotFound");
        }

        if (TempData["JustRequested"] is true)
        {
            return View("Show", new CalculationViewModel(year, id.Value, null, null));
        }

        var result = await calculations.RetrieveCalculationAsync(connection!.Id, nino!, year, id, cancellationToken);
        if (result.Succeeded)
        {
            return View("Show", new CalculationViewModel(year, id.Value, CalculationResult.From(result.Value), null));
        }

        if (IsNotReady(result.Error))
        {
            // HMRC also returns 404 for an ID it never issued, so only a calculation this person requested is awaited.
            if (!await auditLog.ContainsAsync(connection.Id, AuditEventKind.CalculationRequested, RequestDetail(id.Value, year), cancellationToken))
            {
                Response.StatusCode = StatusCodes.Status404NotFound;
                return View("CalculationNotFound");
            }

            return View("Show", new CalculationViewModel(year, id.Value, null, null));
        }

        LogFailure(connection.Id, result.Error);
        return View("Show", new CalculationViewModel(year, id.Value, null, HmrcGuidance.For(result.Error, year.Value)));
    }

    /// <summary>Whether the calculation is ready, for the page's script that waits for it.</summary>
    [HttpGet("{taxYear}/{calculationId}/status")]
    public async Task<IActionResult> Status(string taxYear, string calculationId, CancellationToken cancellationToken)
    {
        var (connection, nino, failure) = await ActiveConnectionAsync(cancellationToken);
        if (failure is not null || !TaxYear.TryParse(taxYear, out var year) || !CalculationId.TryParse(calculationId, out var id))
        {
            return NotFound();
        }

        var result = await calculations.RetrieveCalculationAsync(connection!.Id, nino!, year, id, cancellationToken);
        Response.Headers.CacheControl = "no-store";
        var requested = result.Succeeded
            || await auditLog.ContainsAsync(connection!.Id, AuditEventKind.CalculationRequested, RequestDetail(id.Value, year), cancellationToken);
        var state = result.Succeeded ? "ready" : IsNotReady(result.Error) && requested ? "pending" : "failed";
        return Json(new { state });
    }

    private static string RequestDetail(string calculationId, TaxYear taxYear) =>
        $"In-year calculation {calculationId} for {taxYear.Value}";

    // HMRC returns this while the calculation is still running.
    private static bool IsNotReady(HmrcApiError error) =>
        error.StatusCode == HttpStatusCode.NotFound && error.Code == "MATCHING_RESOURCE_NOT_FOUND";

    private void LogFailure(Guid connectionId, HmrcApiError error)
    {
        if (HmrcGuidance.IsOurFault(error))
        {
            logger.CalculationRequestFault(connectionId, (int)error.StatusCode, error.Code, error.Message, error.CorrelationId);
        }
        else
        {
            logger.CalculationUnavailable(connectionId, (int)error.StatusCode, error.Code, error.CorrelationId);
        }
    }

    private TaxYear ChooseTaxYear(string? requested)
    {
        var current = TaxYear.Containing(obligations.Today);
        return TaxYear.TryParse(requested, out var year) && IsOffered(year) ? year : current;
    }

    private bool IsOffered(TaxYear year)
    {
        var current = TaxYear.Containing(obligations.Today);
        return year == current || year == current.Previous;
    }

    private async Task<(HmrcConnection? Connection, Nino? Nino, IActionResult? Failure)> ActiveConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = await currentConnection.GetAsync(User.GetUserId(), cancellationToken);
        return connection is { Status: ConnectionStatus.Active } && Nino.TryParse(connection.Nino, out var nino)
            ? (connection, nino, null)
            : (null, null, RedirectToAction(nameof(DashboardController.Index), "Dashboard"));
    }
}
