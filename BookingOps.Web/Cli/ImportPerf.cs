using System.Diagnostics;
using System.Globalization;
using System.Text;
using BookingOps.Domain.BulkImports;
using BookingOps.Domain.Common;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Web.Cli;

/// <summary>
/// Bulk import of expenses: a 10,000-row and a 40,000-row CSV, checked and then imported as an Admin,
/// with the managed heap sampled throughout so that memory can be compared between the two sizes.
/// The imported rows are deleted afterwards so the scratch database stays as it was.
/// </summary>
internal static class ImportPerf
{
    public static async Task RunAsync(IServiceProvider services, IDbContextFactory<BookingOpsDbContext> dbFactory)
    {
        string booking, person;
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            var job = await db.CrewAssignments.OrderByDescending(a => a.Id).Select(a => new { a.BookingId, a.CrewMemberId }).FirstAsync();
            booking = await db.Bookings.Where(b => b.Id == job.BookingId).Select(b => b.Number).SingleAsync();
            person = await db.CrewMembers.Where(c => c.Id == job.CrewMemberId).Select(c => c.Name).SingleAsync();
        }

        var imports = ActivatorUtilities.CreateInstance<ImportService>(services, new FixedActor(new Actor(null, "Perf admin", IsAdmin: true)));
        var folder = Directory.CreateTempSubdirectory("bookingops-import-perf");
        try
        {
            foreach (var rows in new[] { 10_000, 40_000 })
            {
                var path = Path.Combine(folder.FullName, $"expenses-{rows}.csv");
                await File.WriteAllTextAsync(path, Sheet(rows, booking, person));
                var mapping = await imports.SuggestAsync(ImportKind.Expenses, ImportService.HeaderOf(path));
                var (check, checkMs, checkPeak) = await TimedAsync(() => imports.CheckAsync(ImportKind.Expenses, path, mapping));
                var (saved, importMs, importPeak) = await TimedAsync(() => imports.ImportAsync(ImportKind.Expenses, path, mapping));
                Console.WriteLine($"  import {rows,6:N0} rows ({new FileInfo(path).Length / 1024:N0} KB): check {checkMs,7:N0} ms (peak heap {checkPeak,4:N0} MB, {check.Valid:N0} valid), import {importMs,7:N0} ms (peak heap {importPeak,4:N0} MB, {saved:N0} saved)");
                await using var db = await dbFactory.CreateDbContextAsync();
                await db.Expenses.Where(e => e.Description.StartsWith("Perf import ")).ExecuteDeleteAsync();
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Crew and overhead rows alternating, as an office's spreadsheet would have them.</summary>
    private static string Sheet(int rows, string booking, string person)
    {
        var text = new StringBuilder("Date,Description,Category,Amount,Tax,Vendor,Crew,Booking\n");
        for (var i = 0; i < rows; i++)
        {
            var day = new DateOnly(2026, 1, 1).AddDays(i % 330).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
            text.Append(i % 2 == 0
                ? $"{day},Perf import {i},Fuel,{100 + (i % 500)}.50,6.00,Petronas,,\n"
                : $"{day},Perf import {i},Parking and tolls,{5 + (i % 40)}.00,,Dewan car park,{person},{booking}\n");
        }

        return text.ToString();
    }

    private static async Task<(T Result, double Milliseconds, double PeakMegabytes)> TimedAsync<T>(Func<Task<T>> work)
    {
        GC.Collect();
        var peak = GC.GetTotalMemory(forceFullCollection: true);
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                await Task.Delay(20);
            }
        });
        var watch = Stopwatch.StartNew();
        var result = await work();
        watch.Stop();
        await sampling.CancelAsync();
        await sampler;
        return (result, watch.Elapsed.TotalMilliseconds, peak / 1024.0 / 1024.0);
    }
}
