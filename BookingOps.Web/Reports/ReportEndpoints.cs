using BookingOps.Domain.Accounts;
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
    }
}
