using System.Net;
using Microsoft.AspNetCore.Mvc;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Hmrc.Api;
using MtdIncomeTax.Hmrc.Api.Calculations;
using MtdIncomeTax.Web.Authentication;
using MtdIncomeTax.Web.Calculations;
using MtdIncomeTax.Web.Guidance;
using MtdIncomeTax.Web.Models;
using MtdIncomeTax.Web.Obligations;

namespace MtdIncomeTax.Web.Controllers;

/// <summary>
/// In-year tax calculations: triggers one at HMRC from the updates it has, then shows it when
/// ready. HMRC works asynchronously and returns 404 until the calculation is done. Each derived
/// controller decides whose calculations its address shows and who may reach them.
/// </summary>
public abstract class CalculationJourneyController(
    IndividualCalculationsClient calculations,
    ObligationsService obligations,
    AuditLog auditLog,
    ILogger logger) : Controller
{
    private const string JustRequestedKey = "JustRequested";

    [HttpGet("new")]
    public async Task<IActionResult> New(string? taxYear, CancellationToken cancellationToken)
    {
        var (subject, failure) = await ResolveSubjectAsync(cancellationToken);
        return failure ?? RequestPage(new CalculationRequestViewModel(subject!, ChooseTaxYear(taxYear), null));
    }

    [HttpPost("")]
    public async Task<IActionResult> Calculate(string? taxYear, CancellationToken cancellationToken)
    {
        var (found, failure) = await ResolveSubjectAsync(cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        var subject = found!;
        if (!TaxYear.TryParse(taxYear, out var year) || !IsOffered(year))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return RequestPage(new CalculationRequestViewModel(subject, ChooseTaxYear(null), new HmrcGuidance(
                "Choose a tax year", "MtdIncomeTax can ask for a calculation for this tax year or the one before.", $"Ask for the tax year shown below, or go back to {subject.BackText} to choose the other one.", false, null)));
        }

        var result = await calculations.TriggerCalculationAsync(subject.ConnectionId, subject.Nino, year, CalculationType.InYear, cancellationToken);
        if (!result.Succeeded)
        {
            return await HmrcRefusedAsync(subject, result.Error, cancellationToken)
                ?? TriggerFailed(subject, year, result.Error, result.OutcomeUnknown);
        }

        var calculationId = result.Value.CalculationId.Value;
        LogRequested(subject, calculationId, year, result.CorrelationId);
        await auditLog.RecordAsync(
            AuditEventKind.CalculationRequested, subject.ConnectionId, User.GetUserId(),
            subject.RequestDetail(calculationId, year), cancellationToken, result.CorrelationId);

        // HMRC recommends waiting a few seconds before the first retrieve, so the page starts by
        // waiting. The mark names the request, so it only skips the retrieve for this calculation.
        TempData[JustRequestedKey] = subject.RequestDetail(calculationId, year);
        return Redirect($"{subject.PathBase}/{year.Value}/{calculationId}");
    }

    [HttpGet("{taxYear}/{calculationId}")]
    public async Task<IActionResult> Show(string taxYear, string calculationId, CancellationToken cancellationToken)
    {
        var (found, failure) = await ResolveSubjectAsync(cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        var subject = found!;
        if (!TaxYear.TryParse(taxYear, out var year) || !CalculationId.TryParse(calculationId, out var id))
        {
            return CalculationNotFound(subject);
        }

        if (TempData[JustRequestedKey] as string == subject.RequestDetail(id.Value, year))
        {
            return ShowPage(new CalculationViewModel(subject, year, id.Value, null, null));
        }

        var result = await calculations.RetrieveCalculationAsync(subject.ConnectionId, subject.Nino, year, id, cancellationToken);
        if (result.Succeeded)
        {
            return ShowPage(new CalculationViewModel(subject, year, id.Value, CalculationResult.From(result.Value), null));
        }

        if (IsNotReady(result.Error))
        {
            // HMRC also returns 404 for an ID it never issued, so only a calculation requested here for this person is awaited.
            return await WasRequestedAsync(subject, id.Value, year, cancellationToken)
                ? ShowPage(new CalculationViewModel(subject, year, id.Value, null, null))
                : CalculationNotFound(subject);
        }

        if (await HmrcRefusedAsync(subject, result.Error, cancellationToken) is { } refused)
        {
            return refused;
        }

        LogFailure(subject.ConnectionId, result.Error);
        return ShowPage(new CalculationViewModel(subject, year, id.Value, null, HmrcGuidance.For(result.Error, year.Value)));
    }

    /// <summary>Whether the calculation is ready, for the page's script that waits for it.</summary>
    [HttpGet("{taxYear}/{calculationId}/status")]
    public async Task<IActionResult> Status(string taxYear, string calculationId, CancellationToken cancellationToken)
    {
        var (subject, failure) = await ResolveSubjectAsync(cancellationToken);
        if (failure is not null)
        {
            return StatusUnavailable(failure);
        }

        if (!TaxYear.TryParse(taxYear, out var year) || !CalculationId.TryParse(calculationId, out var id))
        {
            return NotFound();
        }

        var result = await calculations.RetrieveCalculationAsync(subject!.ConnectionId, subject.Nino, year, id, cancellationToken);
        Response.Headers.CacheControl = "no-store";
        var requested = result.Succeeded || await WasRequestedAsync(subject, id.Value, year, cancellationToken);
        var state = result.Succeeded ? "ready" : IsNotReady(result.Error) && requested ? "pending" : "failed";
        return Json(new { state });
    }

    /// <summary>Whose calculations this request is about, or the page to show instead when the person may not see them.</summary>
    protected abstract Task<(CalculationSubject? Subject, IActionResult? Failure)> ResolveSubjectAsync(CancellationToken cancellationToken);

    /// <summary>The page for an HMRC error that needs more than the usual guidance, or null for the usual guidance.</summary>
    protected virtual Task<IActionResult?> HmrcRefusedAsync(CalculationSubject subject, HmrcApiError hmrcError, CancellationToken cancellationToken) =>
        Task.FromResult<IActionResult?>(null);

    /// <summary>What the status address returns in place of <paramref name="failure"/>, the page the others show.</summary>
    protected virtual IActionResult StatusUnavailable(IActionResult failure) => failure;

    // HMRC returns this while the calculation is still running.
    private static bool IsNotReady(HmrcApiError error) =>
        error.StatusCode == HttpStatusCode.NotFound && error.Code == "MATCHING_RESOURCE_NOT_FOUND";

    private Task<bool> WasRequestedAsync(CalculationSubject subject, string calculationId, TaxYear year, CancellationToken cancellationToken) =>
        auditLog.ContainsAsync(subject.ConnectionId, AuditEventKind.CalculationRequested, subject.RequestDetail(calculationId, year), cancellationToken);

    private ViewResult TriggerFailed(CalculationSubject subject, TaxYear year, HmrcApiError error, bool outcomeUnknown)
    {
        LogFailure(subject.ConnectionId, error);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        var guidance = outcomeUnknown
            ? new HmrcGuidance(
                "HMRC did not confirm your request",
                "We asked HMRC for a calculation but did not get its answer.",
                "Asking again is safe: it only makes a new calculation. Try again in a minute.",
                false,
                error.CorrelationId)
            : HmrcGuidance.For(error, year.Value);
        return RequestPage(new CalculationRequestViewModel(subject, year, guidance));
    }

    private ViewResult RequestPage(CalculationRequestViewModel model) => View("~/Views/Calculations/New.cshtml", model);

    private ViewResult ShowPage(CalculationViewModel model) => View("~/Views/Calculations/Show.cshtml", model);

    private ViewResult CalculationNotFound(CalculationSubject subject)
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("~/Views/Calculations/CalculationNotFound.cshtml", subject);
    }

    private void LogRequested(CalculationSubject subject, string calculationId, TaxYear year, string? correlationId)
    {
        if (subject.ClientId is { } clientId)
        {
            logger.ClientCalculationRequested(calculationId, clientId, subject.ConnectionId, year.Value, correlationId);
        }
        else
        {
            logger.CalculationRequested(calculationId, subject.ConnectionId, year.Value, correlationId);
        }
    }

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
}
