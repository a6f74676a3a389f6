using System.Diagnostics;
using BookingOps.Domain.Common;
using BookingOps.Domain.DemoData;
using BookingOps.Domain.Expenses;
using BookingOps.Domain.Payouts;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using static BookingOps.Web.Cli.PerfCommand;

namespace BookingOps.Web.Cli;

/// <summary>
/// Money out over five years: crew jobs and expenses paid monthly, then what is owed by person, one
/// person's lines, a year's earnings statement, the expense list, and paying 200 lines in one batch.
/// </summary>
internal static class PayoutPerf
{
    private const int BatchLines = 200;

    public static async Task RunAsync(IServiceProvider services, IDbContextFactory<BookingOpsDbContext> dbFactory, DemoDataGenerator generator, string[] args)
    {
        var wantedExpenses = CommandLine.IntOption(args, "expenses", 100_000);
        int payouts, jobs, expenses, someone;
        string? login;
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            (payouts, expenses) = (await db.Payouts.CountAsync(), await db.Expenses.CountAsync());
        }

        if (expenses < wantedExpenses)
        {
            Console.WriteLine($"Generating {wantedExpenses - expenses:N0} expenses over five years…");
            await generator.GenerateAsync(new DemoDataOptions(0, Audited: false, Seed: 31 + expenses, PastMonths: 60, Expenses: wantedExpenses - expenses));
        }

        if (payouts == 0 || expenses < wantedExpenses)
        {
            Console.WriteLine("Paying five years of crew jobs and expenses, monthly…");
            await generator.GenerateAsync(new DemoDataOptions(0, Audited: false, Seed: 23, Payouts: true));
        }

        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            (payouts, jobs, expenses) = (await db.Payouts.CountAsync(), await db.CrewAssignments.CountAsync(), await db.Expenses.CountAsync());
            someone = await db.Payouts.GroupBy(p => p.CrewMemberId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
            login = await db.CrewMembers.Where(c => c.UserId != null).Select(c => c.UserId).FirstOrDefaultAsync();
        }

        Console.WriteLine($"Money out over {payouts:N0} payouts, {jobs:N0} assignments and {expenses:N0} expenses:");
        var directory = services.GetRequiredService<PayoutDirectory>();
        await MeasureAsync("owed to crew, by person", () => directory.OutstandingAsync());
        Print(await directory.ExplainOutstandingAsync());
        await MeasureAsync("one person's owed lines", () => directory.OwedLinesAsync(someone));
        await MeasureAsync("recent payouts", () => directory.RecentAsync(20));
        if (login is not null)
        {
            await MeasureAsync("a crew member's own earnings", () => directory.ForCrewUserAsync(login));
        }

        var today = await services.GetRequiredService<BusinessCalendar>().TodayAsync();
        var statements = services.GetRequiredService<EarningsStatements>();
        var year = await statements.ForCrewMemberAsync(someone, today.AddYears(-1).AddDays(1), today);
        Console.WriteLine($"  (a year's statement holds {year!.Lines.Count} lines)");
        await MeasureAsync("earnings statement, one person, a year", () => statements.ForCrewMemberAsync(someone, today.AddYears(-1).AddDays(1), today));

        var admin = new Actor(null, "Perf admin", IsAdmin: true);
        var expenseList = ActivatorUtilities.CreateInstance<ExpenseDirectory>(services, new FixedActor(admin));
        await MeasureAsync("expense list, first page, all", () => expenseList.ListAsync(new ExpenseListQuery()));
        await MeasureAsync("expense list, waiting for approval", () => expenseList.ListAsync(new ExpenseListQuery(Status: ExpenseStatus.Submitted)));
        await MeasureAsync("expense list, a month of fuel, summed", () => expenseList.ListAsync(new ExpenseListQuery(CategoryId: 1, From: today.AddMonths(-1), To: today)));
        await MeasureAsync("expense list, search vendor 'Petron'", () => expenseList.ListAsync(new ExpenseListQuery(Search: "Petron")));

        await BatchPayAsync(services, directory, ActivatorUtilities.CreateInstance<PayoutService>(services, new FixedActor(admin)), today);
    }

    /// <summary>Pays 200 owed lines in one batch, then reverses the payouts (untimed) so the next run finds them owed again.</summary>
    private static async Task BatchPayAsync(IServiceProvider services, PayoutDirectory directory, PayoutService payouts, DateOnly today)
    {
        var lines = new List<OwedKey>();
        foreach (var person in await directory.OutstandingAsync())
        {
            lines.AddRange((await directory.OwedLinesAsync(person.CrewMemberId)).Select(l => l.Key));
            if (lines.Count >= BatchLines)
            {
                break;
            }
        }

        var batch = lines.Take(BatchLines).ToList();
        var dbFactory = services.GetRequiredService<IDbContextFactory<BookingOpsDbContext>>();
        var timings = new List<double>();
        for (var run = 0; run < 11; run++)
        {
            var watch = Stopwatch.StartNew();
            var made = await payouts.PayAsync(new PayoutInput { Lines = batch, PaidOn = today, Reference = "Perf batch" });
            watch.Stop();
            if (run > 0)
            {
                timings.Add(watch.Elapsed.TotalMilliseconds);
            }

            await using var db = await dbFactory.CreateDbContextAsync();
            var versions = await db.Payouts.Where(p => made.Contains(p.Id)).Select(p => new { p.Id, p.Version }).ToListAsync();
            foreach (var payout in versions)
            {
                await payouts.ReverseAsync(payout.Id, payout.Version, "Perf run");
            }
        }

        timings.Sort();
        Console.WriteLine($"  pay {batch.Count} lines in one batch          p50 {timings[timings.Count / 2],8:F2} ms   max {timings[^1],8:F2} ms");
    }
}
