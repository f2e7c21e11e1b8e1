using Microsoft.AspNetCore.Mvc;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Web.Agents.Acting;
using MtdIncomeTax.Web.Authentication;

namespace MtdIncomeTax.Web.Controllers;

/// <summary>The pages every address that acts for a client shows when staff cannot act there, each with status 403.</summary>
public static class ActingForClientResults
{
    /// <summary>Why staff cannot act for the client yet, and what to do next.</summary>
    public static ViewResult ClientNotAuthorised(this Controller controller, ClientNotAuthorisedViewModel model)
    {
        controller.Response.StatusCode = StatusCodes.Status403Forbidden;
        return controller.View("~/Views/ClientBusinesses/NotAuthorised.cshtml", model);
    }

    /// <summary>Logs and explains that a supporting agent may not use the feature. Callers return it without calling HMRC.</summary>
    public static ViewResult SupportingAgentKeptOut(this Controller controller, ILogger logger, AgentClient client, string feature)
    {
        var userId = controller.User.GetUserId();
        logger.SupportingAgentKeptOut(userId, client.PracticeId, feature, client.Id);
        controller.Response.StatusCode = StatusCodes.Status403Forbidden;
        controller.ViewData["Feature"] = feature;
        return controller.View("~/Views/ClientBusinesses/SupportingAgent.cshtml", client);
    }
}
