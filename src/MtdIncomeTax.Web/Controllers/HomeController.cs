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

    [HttpGet("/home/error")]
    [ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
    public IActionResult Error() =>
        View(new ErrorViewModel(Activity.Current?.Id ?? HttpContext.TraceIdentifier));
}
