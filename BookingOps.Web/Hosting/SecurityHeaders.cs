namespace BookingOps.Web.Hosting;

/// <summary>The headers every response carries, pages, files and documents alike.</summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Only the app's own scripts run (no inline script or handler anywhere); styles may be inline because
    /// MudBlazor sets style attributes and its theme writes a style element; the live connection and every
    /// image, font and form stay on this site; no other site may frame a page.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                return Task.CompletedTask;
            });
            await next(context);
        });
}
