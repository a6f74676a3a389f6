using BookingOps.Domain.Common;
using BookingOps.Domain.Documents;
using BookingOps.Domain.Reports;
using BookingOps.Domain.Settings;
using static BookingOps.Web.Cli.PerfCommand;

namespace BookingOps.Web.Cli;

/// <summary>The reports over the five-year dataset: the P&amp;L for a month and for a year and its two exports, and invoice aging.</summary>
internal static class ReportPerf
{
    public static async Task RunAsync(IServiceProvider services)
    {
        var pnl = ActivatorUtilities.CreateInstance<ProfitAndLossQuery>(services, new FixedActor(new Actor(null, "Perf admin", IsAdmin: true)));
        var today = await services.GetRequiredService<BusinessCalendar>().TodayAsync();
        var month = ReportPeriod.For(ReportPreset.LastMonth, today);
        var year = new ReportPeriod(new DateOnly(today.Year - 1, 1, 1), new DateOnly(today.Year - 1, 12, 31));
        var business = await services.GetRequiredService<ReportHeaders>().GetAsync();
        var clock = services.GetRequiredService<TimeProvider>();
        Console.WriteLine("Reports");
        await MeasureAsync("P&L, last month", () => pnl.RunAsync(month));
        await MeasureAsync("P&L, last year by month", () => pnl.RunAsync(year));
        var report = await pnl.RunAsync(year);
        Console.WriteLine($"      {report.Months.Count} months, revenue {report.Total.Revenue:N2}, profit {report.Total.Profit:N2}");
        await MeasureAsync("P&L, last year as Excel", () => Task.FromResult(ProfitAndLossWorkbook.Render(report, business)));
        await MeasureAsync("P&L, last year as PDF", () => Task.FromResult(ProfitAndLossPdf.Render(report, business, clock.GetUtcNow())));

        var aging = services.GetRequiredService<ReceivablesAging>();
        await MeasureAsync("Invoice aging, most owed, first page", () => aging.RunAsync(today, AgingOrder.MostOwed, new PageRequest()));
        await MeasureAsync("Invoice aging, by name, page 10", () => aging.RunAsync(today, AgingOrder.Name, new PageRequest(Skip: 9 * 25, Take: 25)));
        var owing = await aging.RunAsync(today, AgingOrder.MostOwed, new PageRequest());
        Console.WriteLine($"      {owing.InvoiceCount:N0} open invoices, {owing.Customers.TotalCount:N0} customers owing {owing.Totals.Total:N2}");
    }
}
