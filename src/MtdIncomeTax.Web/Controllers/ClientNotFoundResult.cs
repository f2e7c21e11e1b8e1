using Microsoft.AspNetCore.Mvc;

namespace MtdIncomeTax.Web.Controllers;

/// <summary>The one page every client address shows for a client the practice does not have, with status 404.</summary>
public static class ClientNotFoundResult
{
    public static ViewResult ClientNotFound(this Controller controller)
    {
        controller.Response.StatusCode = StatusCodes.Status404NotFound;
        return controller.View("~/Views/Clients/ClientNotFound.cshtml");
    }
}
