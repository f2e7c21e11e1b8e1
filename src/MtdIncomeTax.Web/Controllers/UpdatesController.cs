using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Hmrc.Api.BusinessDetails;
using MtdIncomeTax.Web.Authentication;
using MtdIncomeTax.Web.Connections;
using MtdIncomeTax.Web.Guidance;
using MtdIncomeTax.Web.Models;
using MtdIncomeTax.Web.Obligations;
using MtdIncomeTax.Web.Updates;

namespace MtdIncomeTax.Web.Controllers;

/// <summary>
/// The quarterly update journey: enter the year-to-date figures, check them, send them to HMRC
/// and keep the receipt. Figures are saved before anything is sent, so nothing entered is lost.
/// </summary>
[Authorize(Roles = AppRoles.Business)]
[Route("updates")]
public sealed class UpdatesController(
    CurrentConnection currentConnection,
    BusinessDetailsClient businessDetails,
    ObligationsService obligations,
    QuarterlyUpdateStore updates,
    QuarterlyUpdateService sender) : Controller
{
    [HttpGet("new")]
    public async Task<IActionResult> New(string? businessId, string? periodEnd, CancellationToken cancellationToken)
    {
        var context = await LoadPeriodAsync(businessId, periodEnd, cancellationToken);
        if (context.Failure is not null)
        {
            return context.Failure;
        }

        var (connection, _, business, obligation) = context.Found!.Value;
        var startingPoint = await updates.FindStartingPointAsync(
            connection.Id, business.BusinessId, TaxYear.Containing(obligation.PeriodEndDate).Value, obligation.PeriodEndDate, cancellationToken);
        var figures = startingPoint is null
            ? UpdateFigures.Read(business.TypeOfBusiness, new Dictionary<string, string>())
            : UpdateFigures.FromJson(business.TypeOfBusiness, startingPoint.FiguresJson);

        return View("Form", FormModel(business, obligation, figures, showErrors: false, StartingPointText(startingPoint)));
    }

    [HttpPost("new")]
    public async Task<IActionResult> Review(string? businessId, string? periodEnd, CancellationToken cancellationToken)
    {
        var context = await LoadPeriodAsync(businessId, periodEnd, cancellationToken);
        if (context.Failure is not null)
        {
            return context.Failure;
        }

        var (connection, _, business, obligation) = context.Found!.Value;
        var input = Request.Form.ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.Ordinal);
        var figures = UpdateFigures.Read(business.TypeOfBusiness, input);
        if (!figures.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Form", FormModel(business, obligation, figures, showErrors: true, null));
        }

        var update = await updates.SaveForReviewAsync(
            new QuarterlyUpdateDraft(
                connection.Id,
                User.GetUserId(),
                business.BusinessId,
                business.TypeOfBusiness,
                TaxYear.Containing(obligation.PeriodEndDate).Value,
                obligation.PeriodStartDate,
                obligation.PeriodEndDate,
                figures.ToJson()),
            cancellationToken);

        return RedirectToAction(nameof(ShowReview), new { id = update.Id });
    }

    [HttpGet("{id:guid}/review")]
    public async Task<IActionResult> ShowReview(Guid id, CancellationToken cancellationToken)
    {
        var (update, _, failure) = await LoadUpdateAsync(id, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        return update!.Status switch
        {
            QuarterlyUpdateStatus.Sent => RedirectToAction(nameof(Receipt), new { id }),
            QuarterlyUpdateStatus.OutcomeUnknown => RedirectToAction(nameof(Status), new { id }),
            _ => View("Review", ReviewModel(update, null)),
        };
    }

    [HttpPost("{id:guid}/send")]
    public async Task<IActionResult> Send(Guid id, Guid version, CancellationToken cancellationToken)
    {
        var (update, nino, failure) = await LoadUpdateAsync(id, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        // The version proves the person sends the figures they reviewed, not ones changed in another tab since.
        if (update!.ConcurrencyToken != version)
        {
            return RedirectToAction(nameof(Status), new { id });
        }

        var result = await sender.SendAsync(update, nino!, User.GetUserId(), cancellationToken);
        switch (result.Outcome)
        {
            case SendOutcome.Sent:
                return RedirectToAction(nameof(Receipt), new { id });
            case SendOutcome.Rejected:
                var rejected = await updates.FindAsync(update.ConnectionId, id, cancellationToken) ?? update;
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return View("Review", ReviewModel(rejected, result.Error));
            default:
                return RedirectToAction(nameof(Status), new { id });
        }
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Status(Guid id, CancellationToken cancellationToken)
    {
        var (update, _, failure) = await LoadUpdateAsync(id, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        return update!.Status switch
        {
            QuarterlyUpdateStatus.Sent => RedirectToAction(nameof(Receipt), new { id }),
            QuarterlyUpdateStatus.OutcomeUnknown => View("Unknown", StatusModel(update)),
            _ => RedirectToAction(nameof(ShowReview), new { id }),
        };
    }

    /// <summary>Checks whether HMRC has an update whose outcome is unknown, before the person sends it again.</summary>
    [HttpPost("{id:guid}/check")]
    public async Task<IActionResult> Check(Guid id, CancellationToken cancellationToken)
    {
        var (update, nino, failure) = await LoadUpdateAsync(id, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        if (update!.Status != QuarterlyUpdateStatus.OutcomeUnknown)
        {
            return RedirectToAction(nameof(Status), new { id });
        }

        var result = await sender.CheckWithHmrcAsync(update, nino!, User.GetUserId(), cancellationToken);
        switch (result.Outcome)
        {
            case CheckOutcome.HeldByHmrc:
                TempData["ConfirmedByHmrc"] = true;
                return RedirectToAction(nameof(Receipt), new { id });
            case CheckOutcome.NotHeldByHmrc:
                return View("Review", ReviewModel(update, null,
                    "HMRC does not have this update. Nothing was received, so you can send it now."));
            default:
                return View("Unknown", StatusModel(update, HmrcGuidance.For(result.Error!, update.TaxYear)));
        }
    }

    [HttpGet("{id:guid}/receipt")]
    public async Task<IActionResult> Receipt(Guid id, CancellationToken cancellationToken)
    {
        var (update, _, failure) = await LoadUpdateAsync(id, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        return update!.Status == QuarterlyUpdateStatus.Sent
            ? View("Receipt", StatusModel(update))
            : RedirectToAction(nameof(Status), new { id });
    }

    private static UpdateFormViewModel FormModel(
        BusinessSummary business, Hmrc.Api.Obligations.ObligationDetail obligation, UpdateFigures figures, bool showErrors, string? startingPoint) =>
        new(business, TaxYear.Containing(obligation.PeriodEndDate), obligation.PeriodStartDate, obligation.PeriodEndDate,
            obligation.DueDate, figures, showErrors, startingPoint);

    private static UpdateReviewViewModel ReviewModel(QuarterlyUpdate update, Hmrc.Api.HmrcApiError? error, string? notice = null)
    {
        var figures = UpdateFigures.FromJson(update.TypeOfBusiness, update.FiguresJson);
        var fieldErrors = error is null
            ? []
            : error.Errors.Select(detail => (detail.Code, detail.Message, detail.Paths))
                .Prepend((error.Code, error.Message, error.Paths))
                .SelectMany(item => item.Paths.Select(path => (Key: UpdateRequestBuilder.FieldKeyFor(update.TypeOfBusiness, path), item.Message)))
                .Where(item => item.Key is not null)
                .Select(item => new UpdateFieldError(item.Key!, item.Message))
                .ToList();

        return new UpdateReviewViewModel(
            update, figures, BusinessName(update), error is null ? null : HmrcGuidance.For(error, update.TaxYear), fieldErrors, notice);
    }

    private static UpdateStatusViewModel StatusModel(QuarterlyUpdate update, HmrcGuidance? error = null) =>
        new(update, UpdateFigures.FromJson(update.TypeOfBusiness, update.FiguresJson), BusinessName(update), error);

    private static string BusinessName(QuarterlyUpdate update) =>
        $"{new BusinessSummary(update.TypeOfBusiness, update.BusinessId, null, null).Description} ({update.BusinessId})";

    private static string? StartingPointText(QuarterlyUpdate? update) => update?.Status switch
    {
        null => null,
        QuarterlyUpdateStatus.Sent =>
            $"These are the year-to-date figures you sent HMRC for the period ending {Display.Date(update.PeriodEndDate)}. Change them to your totals from 6 April to the end of this period.",
        _ => "These are the figures you entered before. Nothing has been sent to HMRC with them yet.",
    };

    /// <summary>Finds the person's connection, the business and the HMRC obligation the update is for, or the page to show instead.</summary>
    private async Task<PeriodContext> LoadPeriodAsync(string? businessId, string? periodEnd, CancellationToken cancellationToken)
    {
        var connection = await currentConnection.GetAsync(User.GetUserId(), cancellationToken);
        if (connection is null || connection.Status != ConnectionStatus.Active || !Nino.TryParse(connection.Nino, out var nino))
        {
            return new PeriodContext(null, RedirectToAction(nameof(DashboardController.Index), "Dashboard"));
        }

        if (!BusinessId.TryParse(businessId, out var parsedBusinessId)
            || !DateOnly.TryParseExact(periodEnd, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var periodEndDate))
        {
            return new PeriodContext(null, NotFoundPage());
        }

        var businesses = await businessDetails.ListAllBusinessesAsync(connection.Id, nino, cancellationToken);
        if (!businesses.Succeeded)
        {
            return new PeriodContext(null, HmrcErrorPage(HmrcGuidance.For(businesses.Error)));
        }

        var business = businesses.Value.ListOfBusinesses.FirstOrDefault(item => item.BusinessId == parsedBusinessId.Value);
        if (business is null || !UpdateFieldCatalogue.Supports(business.TypeOfBusiness))
        {
            return new PeriodContext(null, NotFoundPage());
        }

        var (obligation, error) = await obligations.FindQuarterAsync(connection.Id, nino, business, periodEndDate, cancellationToken);
        if (error is not null)
        {
            return new PeriodContext(null, HmrcErrorPage(HmrcGuidance.For(error)));
        }

        return obligation is null
            ? new PeriodContext(null, NotFoundPage())
            : new PeriodContext((connection, nino, business, obligation), null);
    }

    private async Task<(QuarterlyUpdate? Update, Nino? Nino, IActionResult? Failure)> LoadUpdateAsync(Guid id, CancellationToken cancellationToken)
    {
        var connection = await currentConnection.GetAsync(User.GetUserId(), cancellationToken);
        if (connection is null)
        {
            return (null, null, RedirectToAction(nameof(DashboardController.Index), "Dashboard"));
        }

        var update = await updates.FindAsync(connection.Id, id, cancellationToken);
        if (update is null)
        {
            return (null, null, NotFoundPage());
        }

        // Pages about an update stay readable after the connection ends; sending needs an active one.
        var usable = Nino.TryParse(connection.Nino, out var nino) && connection.Status == ConnectionStatus.Active;
        var sending = HttpMethods.IsPost(Request.Method);

        return sending && !usable
            ? (null, null, HmrcErrorPage(HmrcGuidance.For(new Hmrc.Api.HmrcApiError(0, Hmrc.Api.HmrcApiError.ReauthorisationRequired, "", [], null))))
            : (update, nino, null);
    }

    private ViewResult NotFoundPage()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("UpdateNotFound");
    }

    private ViewResult HmrcErrorPage(HmrcGuidance guidance)
    {
        Response.StatusCode = guidance.OurFault ? StatusCodes.Status500InternalServerError : StatusCodes.Status503ServiceUnavailable;
        return View("HmrcError", guidance);
    }

    private sealed record PeriodContext(
        (Data.Entities.HmrcConnection Connection, Nino Nino, BusinessSummary Business, Hmrc.Api.Obligations.ObligationDetail Obligation)? Found,
        IActionResult? Failure);
}
