using MtdIncomeTax.Web.FraudPrevention;

namespace Microsoft.AspNetCore.Builder;

public static class DeviceIdApplicationBuilderExtensions
{
    /// <summary>Gives every browser a device ID cookie for Gov-Client-Device-ID; see <see cref="DeviceIdCookie"/>.</summary>
    public static IApplicationBuilder UseDeviceIdCookie(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            DeviceIdCookie.Ensure(context);
            return next(context);
        });
}
