using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Hmrc.Api.BusinessDetails;
using MtdIncomeTax.Web.Authentication;
using MtdIncomeTax.Web.Connections;
using MtdIncomeTax.Web.Models;
using MtdIncomeTax.Web.Obligations;

namespace MtdIncomeTax.Web.Controllers;

/// <summary>A business's view of its HMRC connection and of the businesses HMRC holds for it.</summary>
[Authorize(Roles = AppRoles.Business)]
public sealed class DashboardController(
    HmrcConnectionStore connections,
    CurrentConnection currentConnection,
    BusinessDetailsClient businessDetails,
    ObligationsService obligations,
    QuarterlyUpdateStore updates,
    AuditLog auditLog,
    ILogger<DashboardController> logger) : Controller
{
    /// <summary>The dashboard, with the obligations of the current tax year or, when asked, the one before.</summary>
    [HttpGet("/dashboard")]
    public async Task<IActionResult> Index(string? taxYear, CancellationToken cancellationToken) =>
        View(await BuildAsync(null, null, cancellationToken, taxYear));

    /// <summary>Corrects the NINO after HMRC reported that it does not belong to the linked account.</summary>
    [HttpPost("/dashboard/nino")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> CorrectNino(string? nino, CancellationToken cancellationToken)
    {
        var userId = User.GetUserId();
        if (!Nino.TryParse(nino, out var parsed))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            var message = string.IsNullOrWhiteSpace(nino) ? "Enter your National Insurance number" : ConnectController.NinoFormatMessage;
            return View(nameof(Index), await BuildAsync(nino, message, cancellationToken));
        }

        var connection = await connections.FindForOwnerAsync(userId, cancellationToken);
        if (connection is null || !await connections.UpdateNinoAsync(userId, parsed, cancellationToken))
        {
            return RedirectToAction(nameof(ConnectController.Index), "Connect");
        }

        logger.NinoCorrected(userId);
        TempData["NinoCorrected"] = true;
        await auditLog.RecordAsync(
            AuditEventKind.NinoCorrected, connection.Id, userId, $"NINO changed from {Masked(connection.Nino)} to {parsed.Masked}", cancellationToken);
        return RedirectToAction(nameof(Index));
    }

    private static string Masked(string? nino) => Nino.TryParse(nino, out var parsed) ? parsed.Masked : "none";

    private async Task<DashboardViewModel> BuildAsync(
        string? ninoInput, string? ninoError, CancellationToken cancellationToken, string? requestedTaxYear = null)
    {
        // An Expired, NeedsReauthorisation or Disconnected connection has no usable grant, so HMRC is not called.
        var connection = await currentConnection.GetAsync(User.GetUserId(), cancellationToken);
        if (connection is null || connection.Status != ConnectionStatus.Active || !Nino.TryParse(connection.Nino, out var nino))
        {
            return new DashboardViewModel(connection, null, null, ninoInput, ninoError);
        }

        var result = await businessDetails.ListAllBusinessesAsync(connection.Id, nino, cancellationToken);
        if (result.Succeeded)
        {
            var current = TaxYear.Containing(obligations.Today);
            var shown = TaxYear.TryParse(requestedTaxYear, out var requested) && requested == current.Previous ? requested : current;
            var overview = await obligations.ReadAsync(connection.Id, nino, shown, result.Value.ListOfBusinesses, cancellationToken);

            // Reading obligations may have ended the grant, as the businesses call may have.
            if (overview.Error is not null)
            {
                connection = await currentConnection.ReloadAsync(User.GetUserId(), cancellationToken) ?? connection;
            }

            return new DashboardViewModel(connection, result.Value.ListOfBusinesses, null, ninoInput, ninoError)
            {
                Obligations = overview,
                RecentUpdates = await updates.ListAsync(connection.Id, 10, cancellationToken),
                OtherTaxYears = shown == current ? [current.Previous] : [current],
            };
        }

        logger.BusinessesUnavailable(connection.Id, (int)result.Error.StatusCode, result.Error.Code, result.Error.CorrelationId);

        // The call may have ended the grant; the page and its banner must show the connection as it is now.
        connection = await currentConnection.ReloadAsync(User.GetUserId(), cancellationToken) ?? connection;

        // HMRC lists nothing for a NINO that has no businesses; that is not a fault to report.
        if (result.Error.StatusCode == HttpStatusCode.NotFound && result.Error.Code == "MATCHING_RESOURCE_NOT_FOUND")
        {
            return new DashboardViewModel(connection, Array.Empty<BusinessSummary>(), null, ninoInput, ninoError);
        }

        return new DashboardViewModel(connection, null, result.Error, ninoInput ?? connection.Nino, ninoError);
    }
}
