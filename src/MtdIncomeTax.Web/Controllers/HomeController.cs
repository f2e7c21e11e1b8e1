using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MtdIncomeTax.Web.Authentication;
using MtdIncomeTax.Web.Models;

namespace MtdIncomeTax.Web.Controllers;

[AllowAnonymous]
public sealed class HomeController : Controller
{
    [HttpGet("/")]
    public IActionResult Index()
    {
        if (User.IsInRole(AppRoles.Business))
        {
            return RedirectToAction(nameof(DashboardController.Index), "Dashboard");
        }

        if (User.IsInRole(AppRoles.Agent))
        {
            return Redirect(PracticeController.HomePath);
        }

        if (User.IsInRole(AppRoles.Support))
        {
            return RedirectToAction(nameof(SupportConnectionsController.Index), "SupportConnections");
        }

        return View();
    }

    [HttpGet("/home/forbidden")]
    public IActionResult Forbidden()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    /// <summary>
    /// Explains an error status in words, in place of the browser's blank page. It accepts every
    /// method because the failed request is replayed here with its own method.
    /// </summary>
    [Route("/home/status/{code:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Status(int code) => View(new StatusViewModel(code));

    [HttpGet("/home/error")]
    [ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
    public IActionResult Error() =>
        View(new ErrorViewModel(Activity.Current?.Id ?? HttpContext.TraceIdentifier));
}
