using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Hmrc.Api.Calculations;
using MtdIncomeTax.Web.Authentication;
using MtdIncomeTax.Web.Calculations;
using MtdIncomeTax.Web.Connections;
using MtdIncomeTax.Web.Obligations;

namespace MtdIncomeTax.Web.Controllers;

/// <summary>A business's own in-year calculations, through its own HMRC connection.</summary>
[Authorize(Roles = AppRoles.Business)]
[Route("calculations")]
public sealed class CalculationsController(
    CurrentConnection currentConnection,
    IndividualCalculationsClient calculations,
    ObligationsService obligations,
    AuditLog auditLog,
    ILogger<CalculationsController> logger) : CalculationJourneyController(calculations, obligations, auditLog, logger)
{
    protected override async Task<(CalculationSubject? Subject, IActionResult? Failure)> ResolveSubjectAsync(
        CancellationToken cancellationToken)
    {
        var connection = await currentConnection.GetAsync(User.GetUserId(), cancellationToken);
        return connection is { Status: ConnectionStatus.Active } && Nino.TryParse(connection.Nino, out var nino)
            ? (new CalculationSubject(connection.Id, nino, "/calculations", "your", "/dashboard", "your dashboard", null), null)
            : (null, RedirectToAction(nameof(DashboardController.Index), "Dashboard"));
    }

    // The waiting page's script reads any status but 200 as "still waiting", so it gets 404 rather
    // than the redirect to the dashboard.
    protected override IActionResult StatusUnavailable(IActionResult failure) => NotFound();
}
