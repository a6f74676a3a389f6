using System.Diagnostics;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Budgets;
using BookingOps.Domain.DemoData;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using static BookingOps.Web.Cli.PerfCommand;

namespace BookingOps.Web.Cli;

/// <summary>
/// Budgets on one booking in five, open and completed alike: an open booking's budget with its forecast from
/// history (the booking page), a completed one's, the dashboard's card of budgets to watch, and the forecast
/// backtest over the whole history.
/// </summary>
internal static class BudgetPerf
{
    private const int BudgetedOneIn = 5;
    private const int BacktestRuns = 3;

    public static async Task RunAsync(IServiceProvider services, IDbContextFactory<BookingOpsDbContext> dbFactory, DemoDataGenerator generator)
    {
        int open, budgetedOpen;
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            open = await db.Bookings.CountAsync(b => b.Status == BookingStatus.Tentative || b.Status == BookingStatus.Confirmed || b.Status == BookingStatus.InProgress);
            budgetedOpen = (await BudgetedAsync(db)).Count(b => IsOpen(b.Status));
        }

        // The generator budgets completed bookings in the share it budgets open ones, so this is a fifth of both.
        if (budgetedOpen < open / BudgetedOneIn)
        {
            Console.WriteLine($"Generating budgets on {(open / BudgetedOneIn) - budgetedOpen:N0} open bookings and the same share of completed ones…");
            await generator.GenerateAsync(new DemoDataOptions(0, Audited: false, Seed: 29 + budgetedOpen, Budgets: (open / BudgetedOneIn) - budgetedOpen));
        }

        List<(int Id, BookingStatus Status)> budgeted;
        int bookings;
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            budgeted = await BudgetedAsync(db);
            bookings = await db.Bookings.CountAsync();
        }

        var openSamples = Spread(budgeted.Where(b => IsOpen(b.Status)));
        var completedSamples = Spread(budgeted.Where(b => b.Status == BookingStatus.Completed));
        Console.WriteLine($"Budgets on {budgeted.Count:N0} of {bookings:N0} bookings ({openSamples.Total:N0} open, {completedSamples.Total:N0} completed):");
        var directory = services.GetRequiredService<BudgetDirectory>();
        var next = 0;
        await MeasureAsync("an open booking's budget, with forecast", () => directory.ForBookingAsync(openSamples.Ids[next++ % openSamples.Ids.Count]));
        await MeasureAsync("a completed booking's budget", () => directory.ForBookingAsync(completedSamples.Ids[next++ % completedSamples.Ids.Count]));
        await MeasureAsync("dashboard card, 10 budgets to watch", () => directory.WatchAsync(10));

        var backtest = services.GetRequiredService<ForecastBacktest>();
        var timings = new List<double>();
        IReadOnlyList<ForecastAccuracy> accuracy = [];
        for (var run = 0; run < BacktestRuns; run++)
        {
            var started = Stopwatch.GetTimestamp();
            accuracy = await backtest.RunAsync();
            timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        timings.Sort();
        Console.WriteLine($"  {"forecast backtest, whole history",-40} p50 {timings[BacktestRuns / 2],7:N0} ms   max {timings[^1],7:N0} ms");
        ForecastBacktestCommand.Print(accuracy);
    }

    private static bool IsOpen(BookingStatus status) => status is BookingStatus.Tentative or BookingStatus.Confirmed or BookingStatus.InProgress;

    private static async Task<List<(int Id, BookingStatus Status)>> BudgetedAsync(BookingOpsDbContext db) =>
        (await db.Budgets.Join(db.Bookings, budget => budget.BookingId, b => b.Id, (_, b) => new { b.Id, b.Status }).ToListAsync())
            .Select(b => (b.Id, b.Status))
            .ToList();

    /// <summary>Up to <see cref="PerfCommand.Runs"/> bookings spread over the whole range, so the runs read different pages of the file.</summary>
    private static (int Total, List<int> Ids) Spread(IEnumerable<(int Id, BookingStatus Status)> bookings)
    {
        var ids = bookings.Select(b => b.Id).Order().ToList();
        var step = Math.Max(1, ids.Count / Runs);
        return (ids.Count, ids.Where((_, i) => i % step == 0).Take(Runs).ToList());
    }
}
