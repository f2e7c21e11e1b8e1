using Microsoft.AspNetCore.Mvc;
using MtdIncomeTax.Data.Stores.Support;

namespace MtdIncomeTax.Web.ViewComponents;

/// <summary>The latest check of a connection's fraud prevention headers, on the support detail page.</summary>
public sealed class FraudHeaderCheckViewComponent(FraudHeaderCheckStore checks) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid connectionId) =>
        View(await checks.FindAsync(connectionId, HttpContext.RequestAborted));
}
