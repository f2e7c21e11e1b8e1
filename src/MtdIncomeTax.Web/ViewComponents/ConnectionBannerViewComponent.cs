using Microsoft.AspNetCore.Mvc;
using MtdIncomeTax.Web.Authentication;
using MtdIncomeTax.Web.Connections;

namespace MtdIncomeTax.Web.ViewComponents;

/// <summary>Renders the reconnect banner for a signed-in business whose connection needs action; nothing otherwise.</summary>
public sealed class ConnectionBannerViewComponent(CurrentConnection currentConnection, TimeProvider timeProvider) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (!UserClaimsPrincipal.IsInRole(AppRoles.Business))
        {
            return Content("");
        }

        var connection = await currentConnection.GetAsync(UserClaimsPrincipal.GetUserId(), HttpContext.RequestAborted);
        var banner = ConnectionBanner.For(connection, timeProvider.GetUtcNow());

        return banner is null ? Content("") : View(banner);
    }
}
