using System.Globalization;
using System.Security.Claims;
using Microsoft.Net.Http.Headers;
using BookingOps.Domain.Accounts;
using BookingOps.Domain.Common;
using BookingOps.Domain.Documents;
using BookingOps.Domain.Reports;
using BookingOps.Domain.Settings;

namespace BookingOps.Web.Reports;

/// <summary>Report exports, for the range in the address; each endpoint asks the same role its page does.</summary>
public static class ReportEndpoints
{
    /// <summary>The report as the asked format (the route admits only pdf and xlsx), under its file name.</summary>
    private static IResult File(string format, string name, Func<byte[]> pdf, Func<byte[]> workbook) =>
        Results.File(format == "pdf" ? pdf() : workbook(), TableReportExports.ContentType(format), name);

    /// <summary>
    /// A table report straight to the response, for a copied link; Excel goes through the body writer, which takes
    /// the zip's few synchronous writes.
    /// </summary>
    private static async Task TableReportAsync(ReportAudience audience, string name, string format, HttpContext http)
    {
        var services = http.RequestServices;
        var cancellationToken = http.RequestAborted;
        if (services.GetRequiredService<ReportCatalog>().Find(audience, name) is not { } report)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var today = await services.GetRequiredService<BusinessCalendar>().TodayAsync();
        var filter = ReportFilter.Parse(http.Request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString()), today);
        var sort = ReportSort.Parse(http.Request.Query["sort"]);
        var business = await services.GetRequiredService<ReportHeaders>().GetAsync(cancellationToken);
        var fileName = $"{report.FileName(filter)}.{format}";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(fileName);
        http.Response.Headers.ContentDisposition = disposition.ToString();
        http.Response.ContentType = TableReportExports.ContentType(format);
        var createdAt = services.GetRequiredService<TimeProvider>().GetUtcNow();
        await TableReportExports.WriteAsync(http.Response.BodyWriter.AsStream(), format, report, filter, sort, business, createdAt, progress: null, cancellationToken);
    }

    public static void MapReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/reports/office/{name}.{format:regex(^(pdf|xlsx)$)}", (string name, string format, HttpContext http) => TableReportAsync(ReportAudience.Office, name, format, http))
            .RequireAuthorization(Policies.Office);
        endpoints.MapGet("/reports/admin/{name}.{format:regex(^(pdf|xlsx)$)}", (string name, string format, HttpContext http) => TableReportAsync(ReportAudience.Admin, name, format, http))
            .RequireAuthorization(Policies.AdminOnly);

        // An export the report page wrote while showing its progress: only its owner may fetch it, once.
        endpoints.MapGet("/reports/exports/{token}", (string token, ClaimsPrincipal user, ExportFiles exports) =>
                exports.Take(token, user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty) is var (file, content)
                    ? Results.File(content, file.ContentType, file.FileName)
                    : Results.NotFound())
            .RequireAuthorization(Policies.Office);

        endpoints.MapGet("/reports/profit-and-loss.{format:regex(^(pdf|xlsx)$)}",
                async (string format, string? from, string? to, ProfitAndLossQuery query, ReportHeaders headers, BusinessCalendar calendar, TimeProvider clock, CancellationToken cancellationToken) =>
                {
                    var report = await query.RunAsync(ReportPeriod.Parse(from, to, await calendar.TodayAsync()), cancellationToken);
                    var business = await headers.GetAsync(cancellationToken);
                    var name = $"profit-and-loss-{report.Period.FileNamePart()}.{format}";
                    return File(format, name, () => ProfitAndLossPdf.Render(report, business, clock.GetUtcNow()), () => ProfitAndLossWorkbook.Render(report, business));
                })
            .RequireAuthorization(Policies.AdminOnly);

        endpoints.MapGet("/reports/receivables.{format:regex(^(pdf|xlsx)$)}",
                async (string format, AgingOrder? order, ReceivablesAging aging, ReportHeaders headers, BusinessCalendar calendar, TimeProvider clock, CancellationToken cancellationToken) =>
                {
                    var today = await calendar.TodayAsync();
                    var sort = order ?? AgingOrder.MostOwed;
                    var report = await aging.RunAsync(today, sort, new PageRequest(Take: 1), cancellationToken);
                    var customers = await aging.AllCustomersAsync(today, sort, cancellationToken);
                    var business = await headers.GetAsync(cancellationToken);
                    var name = $"invoice-aging-{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{format}";
                    return File(format, name, () => ReceivablesAgingExports.Pdf(report, customers, business, clock.GetUtcNow()), () => ReceivablesAgingExports.Workbook(report, customers, business));
                })
            .RequireAuthorization(Policies.Office);

        endpoints.MapGet("/reports/bookings.{format:regex(^(pdf|xlsx)$)}",
                async (string format, string? from, string? to, BookingsQuery bookings, ReportHeaders headers, BusinessCalendar calendar, TimeProvider clock, CancellationToken cancellationToken) =>
                {
                    var report = await bookings.RunAsync(ReportPeriod.Parse(from, to, await calendar.TodayAsync()), cancellationToken);
                    var business = await headers.GetAsync(cancellationToken);
                    var name = $"bookings-{report.Period.FileNamePart()}.{format}";
                    return File(format, name, () => BookingsReportExports.Pdf(report, business, clock.GetUtcNow()), () => BookingsReportExports.Workbook(report, business));
                })
            .RequireAuthorization(Policies.Office);

        endpoints.MapGet("/reports/payments.{format:regex(^(pdf|xlsx)$)}",
                async (string format, string? from, string? to, PaymentsReceived payments, ReportHeaders headers, BusinessCalendar calendar, TimeProvider clock, CancellationToken cancellationToken) =>
                {
                    var period = ReportPeriod.Parse(from, to, await calendar.TodayAsync());
                    var report = await payments.RunAsync(period, new PageRequest(Take: 1), cancellationToken);
                    var days = await payments.AllDaysAsync(period, cancellationToken);
                    var business = await headers.GetAsync(cancellationToken);
                    var name = $"payments-{period.FileNamePart()}.{format}";
                    return File(format, name, () => PaymentsReceivedExports.Pdf(report, days, business, clock.GetUtcNow()), () => PaymentsReceivedExports.Workbook(report, days, business));
                })
            .RequireAuthorization(Policies.Office);
    }
}
