using System.Security.Claims;
using Microsoft.Extensions.Options;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Hmrc.FraudPrevention;
using MtdIncomeTax.Web.Authentication;

namespace MtdIncomeTax.Web.FraudPrevention;

/// <summary>Reads the fraud prevention values of a signed-in person's current request.</summary>
public sealed class FraudPreventionRequestReader(
    IOptionsMonitor<FraudPreventionWebOptions> webOptions,
    IOptionsMonitor<FraudPreventionOptions> vendorOptions,
    TimeProvider timeProvider)
{
    /// <summary>
    /// Returns the request's device ID, public address, user IDs and second factors, with the
    /// browser values of stored only when they came from this same device.
    /// </summary>
    public FraudPreventionClientData Read(HttpContext context, FraudPreventionData? stored)
    {
        var deviceId = DeviceIdCookie.Get(context);
        var address = PublicClientAddress(context);
        var sameDevice = stored is not null && deviceId == stored.DeviceId;

        return new FraudPreventionClientData
        {
            DeviceId = deviceId,
            JsUserAgent = sameDevice ? stored!.JsUserAgent : null,
            Screens = sameDevice ? StoredClientData.Screens(stored!) : [],
            WindowWidth = sameDevice ? stored!.WindowWidth : null,
            WindowHeight = sameDevice ? stored!.WindowHeight : null,
            TimezoneOffsetMinutes = sameDevice ? stored!.TimezoneOffsetMinutes : null,
            PublicIp = address?.Ip,
            PublicPort = address?.Port,
            PublicIpCapturedAt = address is null ? null : timeProvider.GetUtcNow(),
            UserIds = FraudPreventionHeaders.UserIds(vendorOptions.CurrentValue, SignInName(context.User), context.User.GetUserId()),
            MultiFactor = MultiFactorClaims.From(context.User),
        };
    }

    /// <summary>The name the person signs in with: their email address, or the provider's subject when there is none.</summary>
    public static string? SignInName(ClaimsPrincipal principal) =>
        principal.FindFirstValue(AppClaimTypes.Email) ?? principal.FindFirstValue(AppClaimTypes.Subject);

    /// <summary>Returns the client's address when it reached us over the internet, else null, as HMRC wants no private address.</summary>
    private ClientAddress? PublicClientAddress(HttpContext context)
    {
        var options = webOptions.CurrentValue;
        var portHeader = string.IsNullOrWhiteSpace(options.ClientPortHeader) ? null : context.Request.Headers[options.ClientPortHeader].ToString();
        var address = ClientAddressResolver.Resolve(
            context.Connection.RemoteIpAddress,
            context.Connection.RemotePort,
            context.Request.Headers["X-Forwarded-For"].ToString(),
            portHeader,
            TrustedProxies.From(options.TrustedProxies));

        return address is not null && PublicAddress.IsPublic(address.Ip) ? address : null;
    }
}
