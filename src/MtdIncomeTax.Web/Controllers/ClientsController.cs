using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.Data.Stores.Agents;
using MtdIncomeTax.Web.Agents;
using MtdIncomeTax.Web.Authentication;
using MtdIncomeTax.Web.Models;
using MtdIncomeTax.Web.Support;

namespace MtdIncomeTax.Web.Controllers;

/// <summary>
/// The practice's client list: add one client, import many from CSV, search, filter, remove. Every
/// read and change is scoped to the signed-in person's practice.
/// </summary>
[Authorize(Roles = AppRoles.Agent)]
[Route("clients")]
public sealed class ClientsController(
    AgentClientStore clients,
    HmrcConnectionStore connections,
    AuditLog auditLog,
    IAntiforgery antiforgery,
    ILogger<ClientsController> logger) : Controller
{
    public const int PageSize = 50;

    /// <summary>Maximum size of an import request read, in bytes, so that a file a few times over 1 MB is still measured.</summary>
    private const int MaxUploadBytes = 4 * ClientCsvImport.MaxFileBytes;

    private static readonly ClientForm EmptyForm = new(null, null, null, null);

    private const string NoticeKey = "ClientsNotice";

    [HttpGet("")]
    public async Task<IActionResult> Index(string? search, string? status, int? page, CancellationToken cancellationToken)
    {
        var model = await ListAsync(search, status, page, cancellationToken);
        return View(model with { Notice = TempData[NoticeKey] as string });
    }

    [HttpPost("")]
    public async Task<IActionResult> Add(ClientForm form, CancellationToken cancellationToken)
    {
        var errors = new List<InputError>();
        var client = ClientFields.Validate(form.Name, form.Nino, form.Postcode, form.AgentType, errors);
        if (client is null)
        {
            return await ListWithErrorsAsync(form, errors, [], cancellationToken);
        }

        var practiceId = PracticeId;
        var result = await clients.AddAsync(practiceId, [client], cancellationToken);
        if (!result.Succeeded)
        {
            var existing = await clients.FindByNinoAsync(practiceId, client.Nino, cancellationToken);
            var message = $"National Insurance number {Display.Nino(client.Nino)} is already on your client list"
                + (existing is null ? "" : $", as {existing.Name}");
            return await ListWithErrorsAsync(form, [new InputError(ClientFields.NinoField, message)], [], cancellationToken);
        }

        var added = await clients.FindByNinoAsync(practiceId, client.Nino, cancellationToken);
        await RecordAsync(AuditEventKind.ClientAdded, $"Added client {added!.Id} as {ClientStatusText.AgentType(client.AgentType).ToLowerInvariant()}", cancellationToken);
        var userId = User.GetUserId();
        logger.ClientAdded(userId, added.Id, practiceId, client.AgentType);
        TempData[NoticeKey] = $"{client.Name} was added to your client list.";
        return Redirect("/clients");
    }

    /// <summary>
    /// Imports clients from an uploaded CSV file. The limits let through a request a few times the
    /// largest file, so that the import measures the file itself. A larger request fails while the
    /// form is read, and gets the same message. Antiforgery is validated after that read, because
    /// the global filter would read the form first and turn a large file into a bare 413.
    /// </summary>
    [HttpPost("import")]
    [IgnoreAntiforgeryToken]
    [RequestSizeLimit(MaxUploadBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
    public async Task<IActionResult> Import(CancellationToken cancellationToken)
    {
        IFormCollection form;
        try
        {
            form = await Request.ReadFormAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidDataException or BadHttpRequestException)
        {
            // Nothing is read or changed here, so the page is safe to show without the antiforgery check.
            var userId = User.GetUserId();
            var contentLength = Request.ContentLength;
            logger.ClientImportTooLarge(userId, PracticeId, contentLength);
            var tooLarge = new ClientImportError(0, ClientCsvImport.TooLargeMessage);
            return await ListWithErrorsAsync(EmptyForm, [], [tooLarge], cancellationToken, StatusCodes.Status413PayloadTooLarge);
        }

        if (!await antiforgery.IsRequestValidAsync(HttpContext))
        {
            return new AntiforgeryValidationFailedResult();
        }

        var import = await ReadImportAsync(form.Files.GetFile("file"), cancellationToken);
        var practiceId = PracticeId;
        if (import.Errors.Count == 0)
        {
            var result = await clients.AddAsync(practiceId, import.Clients, cancellationToken);
            if (result.Succeeded)
            {
                await RecordAsync(AuditEventKind.ClientsImported, $"Imported {result.Added} clients from a CSV file", cancellationToken);
                var userId = User.GetUserId();
                logger.ClientsImported(userId, result.Added, practiceId);
                TempData[NoticeKey] = $"{result.Added} {(result.Added == 1 ? "client was" : "clients were")} added to your client list.";
                return Redirect("/clients");
            }

            import = import with { Errors = await DuplicateErrorsAsync(import, result.DuplicateNinos, cancellationToken) };
        }

        var rejectingUserId = User.GetUserId();
        var firstRow = import.Errors[0].Row;
        logger.ClientImportRejected(rejectingUserId, practiceId, import.Errors.Count, firstRow);
        return await ListWithErrorsAsync(EmptyForm, [], import.Errors, cancellationToken);
    }

    [HttpGet("{id:guid}/remove")]
    public async Task<IActionResult> ConfirmRemove(Guid id, CancellationToken cancellationToken)
    {
        var client = await clients.FindAsync(PracticeId, id, cancellationToken);
        return client is null ? ClientNotFound() : View("Remove", client);
    }

    [HttpPost("{id:guid}/remove")]
    public async Task<IActionResult> Remove(Guid id, CancellationToken cancellationToken)
    {
        var practiceId = PracticeId;
        var client = await clients.FindAsync(practiceId, id, cancellationToken);
        if (client is null || !await clients.RemoveAsync(practiceId, id, cancellationToken))
        {
            return ClientNotFound();
        }

        await RecordAsync(AuditEventKind.ClientRemoved, $"Removed client {id}", cancellationToken);
        var userId = User.GetUserId();
        logger.ClientRemoved(userId, id, practiceId);
        TempData[NoticeKey] = $"{client.Name} was removed from your client list.";
        return Redirect("/clients");
    }

    private Guid PracticeId => User.GetPracticeId();

    private ViewResult ClientNotFound()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("ClientNotFound");
    }

    /// <summary>Finds the page of clients to show. An unknown status is ignored, and the page shows a notice about it.</summary>
    private async Task<ClientListViewModel> ListAsync(string? search, string? status, int? page, CancellationToken cancellationToken)
    {
        ClientRelationshipStatus? statusFilter = null;
        string? unknownStatus = null;
        if (!string.IsNullOrEmpty(status))
        {
            // Enum.TryParse also accepts numbers, so a number outside the enum is unknown too.
            if (Enum.TryParse<ClientRelationshipStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                statusFilter = parsed;
            }
            else
            {
                unknownStatus = status.Length > 40 ? status[..40] + "…" : status;
            }
        }

        var pageNumber = Math.Max(page ?? 1, 1);
        var filter = new AgentClientFilter(search, statusFilter, pageNumber, PageSize);
        var found = await clients.SearchAsync(PracticeId, filter, cancellationToken);
        return new ClientListViewModel(found, search?.Trim(), statusFilter, pageNumber, PageSize) { UnknownStatus = unknownStatus };
    }

    private async Task<IActionResult> ListWithErrorsAsync(
        ClientForm form,
        IReadOnlyList<InputError> formErrors,
        IReadOnlyList<ClientImportError> importErrors,
        CancellationToken cancellationToken,
        int statusCode = StatusCodes.Status400BadRequest)
    {
        var model = await ListAsync(null, null, 1, cancellationToken);
        Response.StatusCode = statusCode;
        return View(nameof(Index), model with { Form = form, FormErrors = formErrors, ImportErrors = importErrors });
    }

    private static async Task<ClientImport> ReadImportAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return ClientImport.Failed(new ClientImportError(0, "Choose a CSV file that has a header row and one row for each client"));
        }

        if (file.Length == 0)
        {
            return ClientImport.Failed(new ClientImportError(0, "The file is empty. Add a header row and one row for each client"));
        }

        if (file.Length > ClientCsvImport.MaxFileBytes)
        {
            return ClientImport.Failed(new ClientImportError(0, ClientCsvImport.TooLargeMessage));
        }

        await using var stream = file.OpenReadStream();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        return ClientCsvImport.Read(buffer);
    }

    private async Task<IReadOnlyList<ClientImportError>> DuplicateErrorsAsync(
        ClientImport import,
        IReadOnlyList<string> duplicateNinos,
        CancellationToken cancellationToken)
    {
        var errors = new List<ClientImportError>();
        foreach (var nino in duplicateNinos)
        {
            var existing = await clients.FindByNinoAsync(PracticeId, nino, cancellationToken);
            var row = import.RowOfNino.TryGetValue(nino, out var found) ? found : 0;
            var message = $"National Insurance number {Display.Nino(nino)} is already on your client list"
                + (existing is null ? "" : $", as {existing.Name}");
            errors.Add(new ClientImportError(row, message));
        }

        return errors.OrderBy(error => error.Row).ToList();
    }

    private async Task RecordAsync(AuditEventKind kind, string detail, CancellationToken cancellationToken)
    {
        var connection = await connections.FindForPracticeAsync(PracticeId, cancellationToken);
        await auditLog.RecordAsync(kind, connection?.Id, User.GetUserId(), detail, cancellationToken);
    }
}
