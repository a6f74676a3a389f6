using System.Diagnostics;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Calendar;
using BookingOps.Domain.Common;
using BookingOps.Domain.Jobs;
using BookingOps.Domain.Live;
using BookingOps.Domain.Notifications;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using BookingOps.Web.Components.Calendar;
using Microsoft.EntityFrameworkCore;
using static BookingOps.Web.Cli.PerfCommand;

namespace BookingOps.Web.Cli;

/// <summary>
/// What keeps the office informed, over the five-year dataset: open pages refreshing after a save, the bell every
/// page carries (target: under 5 ms), each background job's run (the second run shows what a repeat costs), and the
/// calendar feeds a calendar app polls.
/// </summary>
internal static class LivePerf
{
    /// <summary>About ten a day for five years: what the bell counts through.</summary>
    private const int Notifications = 20_000;

    public static async Task RunAsync(IServiceProvider services)
    {
        Console.WriteLine("Live pages, bell, jobs and calendar feeds:");
        await RefreshAsync(services);
        await BellAsync(services);
        await JobsAsync(services);
        await FeedsAsync(services);
    }

    /// <summary>
    /// What one save costs the open pages: 20 open calendars, each reloading its month when a booking changes, as the
    /// calendar page asks; a payment (its invoice belongs to a booking) wakes none of them.
    /// </summary>
    public static async Task RefreshAsync(IServiceProvider services)
    {
        var calendar = services.GetRequiredService<CalendarQuery>();
        var month = new CalendarPeriod(CalendarView.Month, await services.GetRequiredService<BusinessCalendar>().TodayAsync());
        var feed = services.GetRequiredService<ChangeFeed>();
        var latencies = new List<double>();
        var woken = 0;
        for (var run = 0; run < 20; run++)
        {
            var pending = new CountdownEvent(20);
            var subscriptions = Enumerable.Range(0, 20).Select(_ => feed.Subscribe(async changes =>
            {
                if (changes.Has<Booking>())
                {
                    Interlocked.Increment(ref woken);
                    await calendar.EntriesAsync(month.First, month.End);
                    pending.Signal();
                }
            })).ToList();
            feed.Publish([new DataChange(nameof(Payment), 1, new Dictionary<string, int> { [nameof(Invoice)] = 1 }), new DataChange(nameof(Invoice), 1, new Dictionary<string, int> { [nameof(Booking)] = 1 })]);
            var started = Stopwatch.GetTimestamp();
            feed.Publish([new DataChange(nameof(Booking), 1)]);
            await Task.Run(() => pending.Wait(TimeSpan.FromSeconds(10)));
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            subscriptions.ForEach(s => s.Dispose());
        }

        latencies.Sort();
        Console.WriteLine($"  {"live: 20 calendars refreshed, a booking",-40} p50 {latencies[10],7:N2} ms   max {latencies[^1],7:N2} ms");
        Console.WriteLine($"  {"live: calendars woken by a payment",-40} {woken - 400,7:N0} of 400");
    }

    private static async Task BellAsync(IServiceProvider services)
    {
        var dbFactory = services.GetRequiredService<IDbContextFactory<BookingOpsDbContext>>();
        string officeUser;
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            var missing = Notifications - await db.Notifications.CountAsync();
            if (missing > 0)
            {
                // Inserted in SQL: these stand for years of raised notifications, not for any rule's work.
                await db.Database.ExecuteSqlAsync($"""
                    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {missing})
                    INSERT INTO Notifications (SourceKey, Kind, Audience, RecipientUserId, Text, Link, CreatedAt)
                    SELECT 'perf:' || i || ':' || abs(random()), 5, 1, NULL, 'A payment was received.', 'invoices/1', 0 FROM n
                    """);
            }

            officeUser = await db.Users.OrderBy(u => u.CreatedAt).Select(u => u.Id).FirstAsync();
        }

        var bell = ActivatorUtilities.CreateInstance<MyNotifications>(services, new FixedActor(new Actor(officeUser, "Perf office", IsStaff: true)));
        await MeasureAsync($"bell, never read ({Notifications:N0} notes)", () => bell.BellAsync(8));
        await bell.MarkAllReadAsync();
        await MeasureAsync("bell, all read", () => bell.BellAsync(8));
    }

    private static async Task JobsAsync(IServiceProvider services)
    {
        var jobs = ActivatorUtilities.CreateInstance<BackgroundJobs>(services, new FixedActor(new Actor(null, "Perf admin", IsAdmin: true)));
        foreach (var job in jobs.All)
        {
            foreach (var run in new[] { "first run", "again" })
            {
                var started = Stopwatch.GetTimestamp();
                var result = await jobs.RunNowAsync(job.Name);
                Console.WriteLine($"  {$"job {job.Name}, {run}",-40} {Stopwatch.GetElapsedTime(started).TotalMilliseconds,7:N0} ms   {result.Outcome}");
            }
        }
    }

    private static async Task FeedsAsync(IServiceProvider services)
    {
        var app = new Uri("https://bookings.example.test/");
        string officeUser;
        string? busiestCrew;
        await using (var db = await services.GetRequiredService<IDbContextFactory<BookingOpsDbContext>>().CreateDbContextAsync())
        {
            officeUser = await db.Users.OrderBy(u => u.CreatedAt).Select(u => u.Id).FirstAsync();
            var busiest = await db.CrewAssignments.GroupBy(a => a.CrewMemberId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefaultAsync();
            busiestCrew = await db.CrewMembers.Where(m => m.Id == busiest && m.UserId != null).Select(m => m.UserId).FirstOrDefaultAsync();
        }

        foreach (var (name, userId) in new[] { ("office", officeUser), ("busiest crew member", busiestCrew) })
        {
            if (userId is null)
            {
                continue;
            }

            var feeds = ActivatorUtilities.CreateInstance<CalendarFeeds>(services, new FixedActor(new Actor(userId, "Perf")));
            var token = await feeds.CreateAsync();
            var size = (await feeds.RenderAsync(token, app))!.Length;
            await MeasureAsync($"calendar feed, {name} ({size / 1024:N0} KB)", () => feeds.RenderAsync(token, app));
        }
    }
}
