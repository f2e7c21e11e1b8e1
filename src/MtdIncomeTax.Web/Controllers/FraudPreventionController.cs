using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.Web.Authentication;
using MtdIncomeTax.Web.FraudPrevention;

namespace MtdIncomeTax.Web.Controllers;

/// <summary>
/// Receives the browser data that the script on every signed-in page sends, for HMRC's fraud
/// prevention headers. The global antiforgery filter checks the RequestVerificationToken header.
/// </summary>
[Authorize]
public sealed class FraudPreventionController(
    FraudPreventionDataStore store,
    FraudPreventionRequestReader requestReader,
    TimeProvider timeProvider,
    ILogger<FraudPreventionController> logger) : Controller
{
    public const string BrowserDataPath = "/fraud-prevention/browser-data";

    [HttpPost(BrowserDataPath)]
    [Consumes("application/json")]
    public async Task<IActionResult> BrowserData([FromBody] BrowserDataInput? input, CancellationToken cancellationToken)
    {
        var userId = User.GetUserId();
        var errors = input is null ? ["The body must be a JSON object of browser data."] : input.Validate();
        if (errors.Count > 0)
        {
            logger.BrowserDataRejected(userId, string.Join(" ", errors));
            return BadRequest(new { errors });
        }

        var current = requestReader.Read(HttpContext, stored: null);
        if (current.DeviceId is not { } deviceId)
        {
            throw new InvalidOperationException("The device ID middleware did not run before the browser data endpoint.");
        }

        await store.SaveAsync(
            new FraudPreventionData
            {
                UserId = userId,
                DeviceId = deviceId,
                JsUserAgent = input!.UserAgent,
                ScreensJson = StoredClientData.ToJson(input.Screens!.Select(screen => screen.ToClientScreen()).ToList()),
                WindowWidth = input.WindowWidth,
                WindowHeight = input.WindowHeight,
                TimezoneOffsetMinutes = input.TimezoneOffsetMinutes,
                PublicIp = current.PublicIp?.ToString(),
                PublicPort = current.PublicPort,
                PublicIpCapturedAt = current.PublicIpCapturedAt,
                SignInName = FraudPreventionRequestReader.SignInName(User),
                MultiFactorJson = StoredClientData.ToJson(current.MultiFactor),
                UpdatedAt = timeProvider.GetUtcNow(),
            },
            cancellationToken);

        return NoContent();
    }
}
