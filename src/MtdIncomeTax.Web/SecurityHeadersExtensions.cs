namespace Microsoft.AspNetCore.Builder;

public static class SecurityHeadersExtensions
{
    /// <summary>
    /// Adds headers that stop other sites framing our pages and keep addresses, which may carry an
    /// authorisation code on the way back from HMRC, out of the Referer header.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XFrameOptions = "DENY";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = "frame-ancestors 'none'";
            return next(context);
        });
}
