using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;

namespace BookingOps.Web.Hosting;

/// <summary>
/// A form post whose antiforgery token failed (an expired page, another site's form) is refused here with a
/// bare 400, so the status-code pages answer it with the app's own page; the page endpoint itself would
/// answer with an empty body.
/// </summary>
public static class AntiforgeryRefusal
{
    public static IApplicationBuilder UseAntiforgeryRefusalPage(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false }
                && context.Features.Get<IStatusCodeReExecuteFeature>() is null)
            {
                // The status page is read with a GET: re-executed as the refused POST it would be refused again.
                context.Request.Method = HttpMethods.Get;
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            await next(context);
        });
}
