using BookingOps.Web.Accounts;
using BookingOps.Web.Components;
using BookingOps.Web.Setup;

namespace BookingOps.Web.Hosting;

public static class BookingOpsPipeline
{
    public static WebApplication UseBookingOps(this WebApplication app)
    {
        // A friendly page, never a stack trace, in every environment.
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseMiddleware<SetupGuardMiddleware>();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapAccountEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
