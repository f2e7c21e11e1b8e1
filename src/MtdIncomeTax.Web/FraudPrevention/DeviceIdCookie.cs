namespace MtdIncomeTax.Web.FraudPrevention;

/// <summary>
/// The device ID HMRC expects in Gov-Client-Device-ID: a UUID in a first-party cookie, created
/// on the browser's first visit and never replaced by us, so it lasts until the person deletes it.
/// The cookie is HttpOnly because only the server reads it.
/// </summary>
public static class DeviceIdCookie
{
    public const string Name = "mtdincometax.device";

    private static readonly object ItemKey = new();

    /// <summary>
    /// Browsers cap a cookie's life at about 400 days (RFC 6265bis), so the cookie is written
    /// again with a new expiry on each visit, keeping the same ID.
    /// </summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(400);

    /// <summary>Reads the request's device ID, or creates one, and sets the cookie on the response.</summary>
    public static void Ensure(HttpContext context)
    {
        var deviceId = Guid.TryParse(context.Request.Cookies[Name], out var existing) ? existing : Guid.NewGuid();
        context.Items[ItemKey] = deviceId;
        context.Response.Cookies.Append(Name, deviceId.ToString("D"), new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            Path = "/",
            MaxAge = Lifetime,
        });
    }

    /// <summary>Returns the device ID of the current request, set by <see cref="Ensure"/>.</summary>
    public static Guid? Get(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var value) && value is Guid deviceId ? deviceId : null;
}
