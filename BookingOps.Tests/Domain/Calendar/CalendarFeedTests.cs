using BookingOps.Domain.Bookings;
using BookingOps.Domain.Calendar;
using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Tests.Infrastructure;
using Ical.Net.CalendarComponents;
using Microsoft.EntityFrameworkCore;
using IcalCalendar = Ical.Net.Calendar;

namespace BookingOps.Tests.Domain.Calendar;

/// <summary>
/// A confirmed wedding show on which Aina accepted her job and Ben declined his, and a cancelled one Aina was on;
/// each reads the feed their own link opens, and the office reads the bookings.
/// </summary>
public sealed class CalendarFeedTests : CrewMoneyTest
{
    private static readonly Uri App = new("https://bookings.maju.test/");
    private int show;
    private Actor admin = default!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using (var db = Harness.Db())
        {
            admin = new Actor(await db.Users.Where(u => u.Email == "farid@kilatbins.my").Select(u => u.Id).SingleAsync(), "farid@kilatbins.my", IsAdmin: true);
        }

        Harness.Actor.Current = admin;
        var bookings = Harness.Get<BookingService>();
        var assignments = Harness.Get<CrewAssignmentService>();
        show = await bookings.CreateAsync(BookingInputs.Valid(Customer));
        await bookings.ConfirmAsync(show, 0);
        var ainasJob = await assignments.AssignAsync(new AssignCrewInput { BookingId = show, CrewMemberId = Aina.Id, Role = "dancer", Fee = 200m }, actorIsAdmin: true);
        var bensJob = await assignments.AssignAsync(new AssignCrewInput { BookingId = show, CrewMemberId = Ben.Id, Role = "dancer", Fee = 300m }, actorIsAdmin: true);
        await assignments.AcceptAsync(ainasJob, 0, Aina.Login);
        await assignments.DeclineAsync(bensJob, 0, Ben.Login, "Away that week");
        var cancelled = await bookings.CreateAsync(BookingInputs.Valid(Customer, TestTime.At(30, 19)));
        await assignments.AssignAsync(new AssignCrewInput { BookingId = cancelled, CrewMemberId = Aina.Id, Role = "dancer", Fee = 200m }, actorIsAdmin: true);
        await bookings.CancelAsync(cancelled, 0, "Customer postponed");
    }

    [Fact]
    public async Task A_crew_member_s_feed_holds_only_their_own_jobs_with_no_money_and_no_customer()
    {
        var ainas = await FeedOfAsync(Aina.Login);
        var bens = await FeedOfAsync(Ben.Login);

        var job = Assert.Single(ainas.Events);
        Assert.Equal(
            ("dancer: Wedding dance show", "Dewan Seri Endon, Putrajaya", $"Booking {await NumberAsync(show)}", TestTime.Instant(BookingInputs.ShowStart).UtcDateTime),
            (job.Summary, job.Location, job.Description, job.DtStart!.AsUtc));
        Assert.Empty(bens.Events);
        var text = await RawFeedOfAsync(Aina.Login);
        Assert.DoesNotContain("200.00", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2,500", text, StringComparison.Ordinal);
        Assert.DoesNotContain(CustomerName, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_office_feed_holds_the_bookings_that_stand_linked_to_their_pages()
    {
        var office = await FeedOfAsync(admin.UserId!);

        var booking = Assert.Single(office.Events);
        Assert.Equal(
            ($"{await NumberAsync(show)} · {CustomerName}", new Uri(App, $"bookings/{show}"), TestTime.Instant(BookingInputs.ShowStart.AddHours(4)).UtcDateTime),
            (booking.Summary, booking.Url, booking.DtEnd!.AsUtc));
    }

    [Fact]
    public async Task A_new_link_revokes_the_old_and_turning_the_feed_off_revokes_it_too()
    {
        var feeds = Harness.Get<CalendarFeeds>();
        Harness.Actor.Current = new Actor(Aina.Login, "aina@example.test");
        var first = await feeds.CreateAsync();
        var second = await feeds.CreateAsync();
        var on = await feeds.MineAsync();

        Assert.Null(await feeds.RenderAsync(first, App));
        Assert.NotNull(await feeds.RenderAsync(second, App));
        Assert.Equal((true, TestTime.Now), (on.IsOn, on.CreatedAt));
        await feeds.RevokeAsync();
        Assert.Null(await feeds.RenderAsync(second, App));
        Assert.False((await feeds.MineAsync()).IsOn);
        Assert.Null(await feeds.RenderAsync("not-a-token", App));
        Assert.NotEqual(first, second);
        Assert.Equal(43, second.Length);
    }

    private string CustomerName => Harness.Db().Customers.AsNoTracking().Single(c => c.Id == Customer).Name;

    private async Task<string> NumberAsync(int booking) => (await Harness.Get<BookingDirectory>().FindAsync(booking))!.Number;

    private async Task<IcalCalendar> FeedOfAsync(string userId) => IcalCalendar.Load(await RawFeedOfAsync(userId))!;

    private async Task<string> RawFeedOfAsync(string userId)
    {
        var before = Harness.Actor.Current;
        Harness.Actor.Current = new Actor(userId, "someone");
        var feeds = Harness.Get<CalendarFeeds>();
        var token = await feeds.CreateAsync();
        Harness.Actor.Current = before;
        return (await feeds.RenderAsync(token, App))!;
    }
}
