using System.Globalization;
using BookingOps.Domain.Accounts;
using BookingOps.Domain.Common;
using BookingOps.Domain.Documents;
using BookingOps.Domain.Reports;
using BookingOps.Domain.Settings;

namespace BookingOps.Web.Reports;

/// <summary>Report exports, for the range in the address; each endpoint asks the same role its page does.</summary>
public static class ReportEndpoints
{
    private const string Workbook = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/reports/profit-and-loss.{format}",
                async (string format, string? from, string? to, ProfitAndLossQuery query, ReportHeaders headers, BusinessCalendar calendar, TimeProvider clock, CancellationToken cancellationToken) =>
                {
                    if (format is not ("pdf" or "xlsx"))
                    {
                        return Results.NotFound();
                    }

                    var report = await query.RunAsync(ReportPeriod.Parse(from, to, await calendar.TodayAsync()), cancellationToken);
                    var business = await headers.GetAsync(cancellationToken);
                    var name = $"profit-and-loss-{report.Period.FileNamePart()}.{format}";
                    return format == "pdf"
                        ? Results.File(ProfitAndLossPdf.Render(report, business, clock.GetUtcNow()), "application/pdf", name)
                        : Results.File(ProfitAndLossWorkbook.Render(report, business), Workbook, name);
                })
            .RequireAuthorization(Policies.AdminOnly);

        endpoints.MapGet("/reports/receivables.{format}",
                async (string format, AgingOrder? order, ReceivablesAging aging, ReportHeaders headers, BusinessCalendar calendar, TimeProvider clock, CancellationToken cancellationToken) =>
                {
                    if (format is not ("pdf" or "xlsx"))
                    {
                        return Results.NotFound();
                    }

                    var today = await calendar.TodayAsync();
                    var sort = order ?? AgingOrder.MostOwed;
                    var report = await aging.RunAsync(today, sort, new PageRequest(Take: 1), cancellationToken);
                    var customers = await aging.AllCustomersAsync(today, sort, cancellationToken);
                    var business = await headers.GetAsync(cancellationToken);
                    var name = $"invoice-aging-{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{format}";
                    return format == "pdf"
                        ? Results.File(ReceivablesAgingExports.Pdf(report, customers, business, clock.GetUtcNow()), "application/pdf", name)
                        : Results.File(ReceivablesAgingExports.Workbook(report, customers, business), Workbook, name);
                })
            .RequireAuthorization(Policies.Office);

        endpoints.MapGet("/reports/bookings.{format}",
                async (string format, string? from, string? to, BookingsQuery bookings, ReportHeaders headers, BusinessCalendar calendar, TimeProvider clock, CancellationToken cancellationToken) =>
                {
                    if (format is not ("pdf" or "xlsx"))
                    {
                        return Results.NotFound();
                    }

                    var report = await bookings.RunAsync(ReportPeriod.Parse(from, to, await calendar.TodayAsync()), cancellationToken);
                    var business = await headers.GetAsync(cancellationToken);
                    var name = $"bookings-{report.Period.FileNamePart()}.{format}";
                    return format == "pdf"
                        ? Results.File(BookingsReportExports.Pdf(report, business, clock.GetUtcNow()), "application/pdf", name)
                        : Results.File(BookingsReportExports.Workbook(report, business), Workbook, name);
                })
            .RequireAuthorization(Policies.Office);

        endpoints.MapGet("/reports/payments.{format}",
                async (string format, string? from, string? to, PaymentsReceived payments, ReportHeaders headers, BusinessCalendar calendar, TimeProvider clock, CancellationToken cancellationToken) =>
                {
                    if (format is not ("pdf" or "xlsx"))
                    {
                        return Results.NotFound();
                    }

                    var period = ReportPeriod.Parse(from, to, await calendar.TodayAsync());
                    var report = await payments.RunAsync(period, new PageRequest(Take: 1), cancellationToken);
                    var days = await payments.AllDaysAsync(period, cancellationToken);
                    var business = await headers.GetAsync(cancellationToken);
                    var name = $"payments-{period.FileNamePart()}.{format}";
                    return format == "pdf"
                        ? Results.File(PaymentsReceivedExports.Pdf(report, days, business, clock.GetUtcNow()), "application/pdf", name)
                        : Results.File(PaymentsReceivedExports.Workbook(report, days, business), Workbook, name);
                })
            .RequireAuthorization(Policies.Office);
    }
}
