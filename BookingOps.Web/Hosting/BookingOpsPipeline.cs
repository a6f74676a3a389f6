using BookingOps.Web.Accounts;
using BookingOps.Web.Billing;
using BookingOps.Web.BulkImports;
using BookingOps.Web.Calendar;
using BookingOps.Web.Components;
using BookingOps.Web.DeliveryOrders;
using BookingOps.Web.Expenses;
using BookingOps.Web.Payouts;
using BookingOps.Web.Reports;
using BookingOps.Web.Setup;

namespace BookingOps.Web.Hosting;

public static class BookingOpsPipeline
{
    private const string Culture = "en-MY";

    public static WebApplication UseBookingOps(this WebApplication app)
    {
        app.UseSecurityHeaders();

        // A friendly page, never a stack trace, in every environment.
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        // Malaysian English: day-month dates and the 24-hour clock wherever a component formats a value.
        app.UseRequestLocalization(localization => localization
            .SetDefaultCulture(Culture)
            .AddSupportedCultures(Culture)
            .AddSupportedUICultures(Culture));
        app.UseMiddleware<SetupGuardMiddleware>();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseAntiforgeryRefusalPage();

        app.MapStaticAssets().AllowAnonymous();
        app.MapAccountEndpoints();
        app.MapBillingEndpoints();
        app.MapDeliveryOrderEndpoints();
        app.MapExpenseEndpoints();
        app.MapStatementEndpoints();
        app.MapCalendarFeedEndpoints();
        app.MapReportEndpoints();
        app.MapImportEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
