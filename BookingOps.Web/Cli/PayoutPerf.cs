using BookingOps.Domain.DemoData;
using BookingOps.Domain.Payouts;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using static BookingOps.Web.Cli.PerfCommand;

namespace BookingOps.Web.Cli;

/// <summary>Crew payouts over five years of jobs paid monthly: what is owed, to whom, and one person's own page.</summary>
internal static class PayoutPerf
{
    public static async Task RunAsync(IServiceProvider services, IDbContextFactory<BookingOpsDbContext> dbFactory, DemoDataGenerator generator)
    {
        int payouts, jobs, someone;
        string? login;
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            payouts = await db.Payouts.CountAsync();
        }

        if (payouts == 0)
        {
            Console.WriteLine("Paying five years of crew jobs, monthly…");
            await generator.GenerateAsync(new DemoDataOptions(0, Audited: false, Seed: 23, Payouts: true));
        }

        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            (payouts, jobs) = (await db.Payouts.CountAsync(), await db.CrewAssignments.CountAsync());
            someone = await db.Payouts.GroupBy(p => p.CrewMemberId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
            login = await db.CrewMembers.Where(c => c.UserId != null).Select(c => c.UserId).FirstOrDefaultAsync();
        }

        Console.WriteLine($"Crew payouts over {payouts:N0} payouts for {jobs:N0} assignments:");
        var directory = services.GetRequiredService<PayoutDirectory>();
        await MeasureAsync("owed to crew, by person", () => directory.OutstandingAsync());
        Print(await directory.ExplainOutstandingAsync());
        await MeasureAsync("one person's owed lines", () => directory.OwedLinesAsync(someone));
        await MeasureAsync("recent payouts", () => directory.RecentAsync(20));
        if (login is not null)
        {
            await MeasureAsync("a crew member's own earnings", () => directory.ForCrewUserAsync(login));
        }
    }
}
