using BookingOps.Domain.Billing;
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

        await TableReportsAsync(services, year, business, clock);
    }

    /// <summary>
    /// Every table report's first page with its totals and chart over last year, as its page opens; then the
    /// invoice register's exports at about a thousand rows and at tens of thousands, with the managed heap's
    /// peak while writing, to show that memory does not grow with the rows.
    /// </summary>
    private static async Task TableReportsAsync(IServiceProvider services, ReportPeriod year, DocumentHeader business, TimeProvider clock)
    {
        var admin = new FixedActor(new Actor(null, "Perf admin", IsAdmin: true));
        var reports = services.GetRequiredService<ReportCatalog>().All
            .Select(r => (ITableReport)ActivatorUtilities.CreateInstance(services, r.GetType(), admin))
            .ToList();
        Console.WriteLine("Table reports, last year (first page, totals and chart)");
        foreach (var report in reports)
        {
            var filter = new ReportFilter(year);
            await MeasureAsync(report.Info.Name, () => report.ViewAsync(filter, sort: null, new PageRequest(Take: 50)));
        }

        var register = reports.Single(r => r is InvoiceRegister);
        var month = new ReportFilter(new ReportPeriod(year.From.AddMonths(11), year.To));
        var years = new ReportFilter(new ReportPeriod(year.To.AddYears(-3).AddDays(1), year.To));
        foreach (var filter in new[] { month, years })
        {
            var rows = await register.CountAsync(filter);
            await ExportAsync($"register as Excel, {rows:N0} rows", output => TableReportExports.WriteWorkbookAsync(output, register, filter, null, business, null, CancellationToken.None));
        }

        var pdfRows = await register.CountAsync(month);
        await ExportAsync($"register as PDF, {pdfRows:N0} rows", async output => await output.WriteAsync(await TableReportExports.PdfAsync(register, month, null, business, clock.GetUtcNow(), null, CancellationToken.None)));
    }

    /// <summary>One export to a file, timed, with the managed heap's peak while it ran (sampled as it writes).</summary>
    private static async Task ExportAsync(string name, Func<Stream, Task> export)
    {
        var path = Path.GetTempFileName();
        try
        {
            GC.Collect();
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var peak = before;
            using var sampler = new Timer(_ => peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false)), null, 0, 20);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await using (var output = File.Create(path))
            {
                await export(output);
            }

            var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            Console.WriteLine($"  {name,-40} {elapsed,9:N0} ms   {new FileInfo(path).Length / 1024.0:N0} KB   heap peak +{(peak - before) / 1048576.0:N1} MB");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
