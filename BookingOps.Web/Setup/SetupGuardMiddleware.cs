using BookingOps.Domain.Setup;

namespace BookingOps.Web.Setup;

/// <summary>Until first-run setup is done, every page request goes to the setup page (except the pages that explain an error).</summary>
public sealed class SetupGuardMiddleware(RequestDelegate next)
{
    public const string SetupPath = "/setup";

    public async Task InvokeAsync(HttpContext context, SetupStatus status)
    {
        if (!status.KnownComplete
            && IsPageRequest(context.Request)
            && !await context.RequestServices.GetRequiredService<FirstRunSetup>().IsCompleteAsync(context.RequestAborted))
        {
            context.Response.Redirect(SetupPath);
            return;
        }

        await next(context);
    }

    private static bool IsPageRequest(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Path.StartsWithSegments(SetupPath, StringComparison.OrdinalIgnoreCase)
        && !request.Path.StartsWithSegments("/status", StringComparison.OrdinalIgnoreCase)
        && !request.Path.StartsWithSegments("/error", StringComparison.OrdinalIgnoreCase)
        && !request.Path.StartsWithSegments("/_framework", StringComparison.OrdinalIgnoreCase)
        && !request.Path.StartsWithSegments("/_content", StringComparison.OrdinalIgnoreCase)
        && !Path.HasExtension(request.Path.Value);
}
