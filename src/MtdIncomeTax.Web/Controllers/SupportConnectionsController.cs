using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.Data.Stores.Support;
using MtdIncomeTax.Web.Authentication;
using MtdIncomeTax.Web.Models;
using MtdIncomeTax.Web.Support;

namespace MtdIncomeTax.Web.Controllers;

/// <summary>
/// Support staff's read-only view of every HMRC connection. It shows no token, in any form, and
/// offers no way to act as the person.
/// </summary>
[Authorize(Roles = AppRoles.Support)]
[Route("support/connections")]
public sealed class SupportConnectionsController(
    SupportConnectionQuery connections,
    SupportConnectionDetailQuery details,
    AuditLog auditLog,
    TimeProvider timeProvider,
    ILogger<SupportConnectionsController> logger) : Controller
{
    private const string ListPath = "/support/connections";
    private const string GrantEndsPath = "/support/connections/grant-ends";

    [HttpGet("")]
    public async Task<IActionResult> Index(ConnectionListInput input, CancellationToken cancellationToken)
    {
        var request = input.Parse();
        if (!request.IsValid)
        {
            RejectFilter(request);
            return View(nameof(Index), new SupportConnectionsViewModel(Filter(input, request, ListPath), null));
        }

        var page = await connections.ListPageAsync(request.Filter, request.PageNumber, cancellationToken);
        return View(new SupportConnectionsViewModel(Filter(input, request, ListPath), page));
    }

    /// <summary>Streams the whole filtered list, every page of it, as a CSV attachment.</summary>
    [HttpGet("export.csv")]
    public async Task<IActionResult> Export(ConnectionListInput input, CancellationToken cancellationToken)
    {
        var request = input.Parse(readPage: false);
        if (!request.IsValid)
        {
            RejectFilter(request);
            return View(nameof(Index), new SupportConnectionsViewModel(Filter(input, request, ListPath), null));
        }

        var today = TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), Display.UkTimeZone);
        Response.ContentType = "text/csv; charset=utf-8";

        // The file lists every customer's name and email: no browser or proxy may keep a copy.
        Response.Headers.CacheControl = "no-store";
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = $"hmrc-connections-{today:yyyy-MM-dd}.csv",
        }.ToString();

        var userId = User.GetUserId();
        var rows = connections.ListAllAsync(request.Filter);
        var rowCount = await ConnectionsCsv.WriteAsync(Response.Body, rows, cancellationToken);
        logger.SupportConnectionsExported(userId, rowCount);
        return new EmptyResult();
    }

    [HttpGet("grant-ends")]
    public async Task<IActionResult> GrantEnds(ConnectionListInput input, CancellationToken cancellationToken)
    {
        var request = input.Parse(readPage: false);
        if (!request.IsValid)
        {
            RejectFilter(request);
            return View(new SupportGrantEndsViewModel(Filter(input, request, GrantEndsPath), null));
        }

        var counts = await connections.CountGrantEndsByMonthAsync(
            request.Filter, Display.UkTimeZone, cancellationToken);
        return View(new SupportGrantEndsViewModel(Filter(input, request, GrantEndsPath), counts));
    }

    /// <summary>
    /// Shows one connection and records that support viewed it. The view is recorded before the
    /// history is read, so it is listed too.
    /// </summary>
    [HttpGet("{id}")]
    public async Task<IActionResult> Details(string id, CancellationToken cancellationToken)
    {
        var connection = Guid.TryParse(id, out var connectionId)
            ? await details.FindAsync(connectionId, cancellationToken)
            : null;
        if (connection is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View("ConnectionNotFound");
        }

        var userId = User.GetUserId();
        await auditLog.RecordAsync(
            AuditEventKind.ViewedBySupport, connectionId, userId, "Viewed on the support pages", cancellationToken);
        logger.SupportConnectionViewed(userId, connectionId);

        var events = await details.ListAuditEventsAsync(connectionId, cancellationToken);
        var eventCount = await details.CountAuditEventsAsync(connectionId, cancellationToken);
        var calls = await details.ListRecentCallsAsync(connectionId, cancellationToken);
        return View(new SupportConnectionDetailViewModel(connection, events, eventCount, calls));
    }

    private static SupportFilterViewModel Filter(
        ConnectionListInput input,
        ConnectionListRequest request,
        string formAction) =>
        new(input, request.Errors, formAction);

    // Invalid input shows its message and no list, so an unfiltered list is never taken for a filtered one.
    private void RejectFilter(ConnectionListRequest request)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        var userId = User.GetUserId();
        var fields = string.Join(", ", request.Errors.Select(error => error.FieldId ?? "page"));
        logger.SupportFilterRejected(userId, fields);
    }
}
