using BookingOps.Domain.Billing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Commissions;
using BookingOps.Domain.Common;
using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.Fleet;
using BookingOps.Domain.Jobs;
using BookingOps.Domain.Notifications;
using BookingOps.Domain.Persistence;
using BookingOps.Tests.Domain.Billing;
using BookingOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Tests.Domain.Jobs;

/// <summary>
/// The six background jobs on one business, twelve days after the booking of <see cref="BillingTest"/> was made:
/// its final invoice is paid (its introducer's commission is due), a second booking's deposit is overdue, a
/// delivery order waits for its invoice with a collection reminder due, a lorry's road tax runs out soon and its
/// insurance has lapsed, one hold has lapsed and another lapses tonight.
/// </summary>
public sealed class BackgroundJobTests : BillingTest
{
    private int overdueBooking;
    private int lapsingHold;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Harness.Actor.Current = Admin;
        var bookings = Harness.Get<BookingService>();
        await bookings.ConfirmAsync(Booking, 0);
        var terms = await Harness.Get<CommissionService>().NewAsync();
        terms.IntroducerName = "Encik Rahman";
        await Harness.Get<CommissionService>().SaveAsync(Booking, null, terms);
        var final = await IssueAsync(await DraftAsync(InvoiceKind.Final));
        await PayAsync(final.Id, final.Total);

        overdueBooking = await bookings.CreateAsync(BookingInputs.Valid(Customer, TestTime.At(40, 19)));
        await bookings.ConfirmAsync(overdueBooking, 0);
        await IssueAsync(await Harness.Get<InvoiceService>().CreateForBookingAsync(overdueBooking, InvoiceKind.Deposit));
        var lapsed = BookingInputs.Valid(Customer, TestTime.At(50, 19));
        lapsed.HoldUntil = TestTime.At(1, 10);
        await bookings.CreateAsync(lapsed);

        var orders = Harness.Get<DeliveryOrderService>();
        var order = await orders.CreateAsync(new DeliveryOrderInput
        {
            CustomerId = Customer,
            ScheduledOn = TestTime.Today.AddDays(2),
            SiteAddress = "Lot 12, Jalan Industri 3, Klang",
            Lines = [new DeliveryOrderLineInput { Description = "Skip hire", Quantity = 1, Unit = "week", UnitPrice = 350m }],
        });
        await orders.IssueAsync(order, 0);
        await orders.AwaitInvoiceAsync(order, 1);

        Harness.Clock.Advance(TimeSpan.FromDays(12));
        await Harness.Get<CollectionReminders>().ScheduleAsync(order, ReminderTiming.Today, null);
        var assets = Harness.Get<AssetService>();
        var lorry = await assets.CreateAsync(new AssetInput { Kind = AssetKind.Vehicle, Code = "WXY 1234" });
        await assets.SetDocumentAsync(lorry, "road tax", Harness.Today.AddDays(10));
        await assets.SetDocumentAsync(lorry, "insurance", Harness.Today.AddDays(-1));
        await assets.SetDocumentAsync(lorry, "permit", Harness.Today.AddDays(200));
        var tonight = BookingInputs.Valid(Customer, TestTime.At(60, 19));
        tonight.HoldUntil = TestTime.At(12, 20);
        lapsingHold = await bookings.CreateAsync(tonight);
    }

    [Fact]
    public async Task Each_job_does_its_work_once_however_often_it_runs()
    {
        var jobs = Harness.Get<BackgroundJobs>();

        var first = await RunEachAsync(jobs);
        var raised = await RaisedAsync();
        var second = await RunEachAsync(jobs);

        Assert.Equal(
            [
                ("hold-expiry", "1 hold released; 1 hold lapsing within a day."),
                ("collection-reminders", "1 collection reminder raised."),
                ("document-expiry", "2 documents newly expiring or lapsed."),
                ("pending-order-digest", "Digest sent: 1 order waits for an invoice."),
                ("overdue-invoices", "1 invoice fell overdue."),
                ("commission-eligibility", "1 commission ready to approve."),
                ("outgoing-email", "Nothing to send."),
            ],
            first);
        Assert.Equal(
            [
                ("hold-expiry", "No hold lapsed or lapsing."),
                ("collection-reminders", "No reminders due."),
                ("document-expiry", "No document newly expiring or lapsed."),
                ("pending-order-digest", "Today's digest was already sent (1 order waiting)."),
                ("overdue-invoices", "No invoice fell overdue."),
                ("commission-eligibility", "No commission became eligible."),
                ("outgoing-email", "Nothing to send."),
            ],
            second);
        Assert.Equal(raised, await RaisedAsync());

        var booking = await Harness.Get<BookingDirectory>().FindAsync(lapsingHold);
        var deposit = await Harness.Db().Invoices.AsNoTracking().SingleAsync(i => i.BookingId == overdueBooking);
        Assert.Equal(
            [
                (NotificationKind.HoldExpiring, $"The hold on {booking!.Number} for Aminah Weddings lapses on 3 Dec 2026, 20:00; confirm it or let the dates go.", $"bookings/{lapsingHold}"),
                (NotificationKind.CollectionReminderDue, "Collect the bin of DO-2026-00001 from Aminah Weddings, Lot 12, Jalan Industri 3, Klang", "delivery-orders/1"),
                (NotificationKind.VehicleDocumentExpiring, "The insurance of WXY 1234 lapsed on 2 Dec 2026.", "assets/1"),
                (NotificationKind.VehicleDocumentExpiring, "The road tax of WXY 1234 expires on 13 Dec 2026 (10 days left).", "assets/1"),
                (NotificationKind.PendingOrderDigest, "1 delivery order waits for an invoice: DO-2026-00001.", "delivery-orders"),
                (NotificationKind.InvoiceOverdue, $"{deposit.Number} for Aminah Weddings is overdue: MYR 795.00 was due on 30 Nov 2026.", $"invoices/{deposit.Id}"),
                (NotificationKind.CommissionEligible, "COM-2026-00001 for Encik Rahman on BKG-2026-00001 is ready to approve: MYR 132.50 by its rule.", "commissions"),
            ],
            raised);
    }

    [Fact]
    public async Task The_next_day_brings_a_new_digest_and_a_moved_due_date_a_new_reminder()
    {
        var jobs = Harness.Get<BackgroundJobs>();
        await RunEachAsync(jobs);

        Harness.Clock.Advance(TimeSpan.FromDays(1));
        var nextDay = await jobs.RunNowAsync(PendingOrderDigest.About.Name);

        Assert.Equal("Digest sent: 1 order waits for an invoice.", nextDay.Outcome);
        Assert.Equal(2, (await RaisedAsync()).Count(n => n.Kind == NotificationKind.PendingOrderDigest));
    }

    [Fact]
    public async Task Only_an_Admin_sees_and_runs_the_jobs_and_a_failed_run_is_recorded_and_told()
    {
        var failing = new BackgroundJobs([new FailingJob()], Harness.Get<JobRuns>(), Harness.Actor);

        var result = await failing.RunNowAsync("failing");
        var listed = await failing.ListAsync();
        Harness.Actor.Current = new Actor("staff-1", "siti@example.test", IsStaff: true);
        var list = await Assert.ThrowsAsync<BusinessRuleException>(() => Harness.Get<BackgroundJobs>().ListAsync());
        var run = await Assert.ThrowsAsync<BusinessRuleException>(() => Harness.Get<BackgroundJobs>().RunNowAsync(HoldExpiry.About.Name));

        Assert.Equal((true, false, "Failed: The disk is full."), (result.Ran, result.Succeeded, result.Outcome));
        Assert.Equal((false, "Failed: The disk is full.", "farid@kilatbins.my"), (listed[0].LastRun!.Succeeded, listed[0].LastRun!.Outcome, listed[0].LastRun!.StartedBy));
        Assert.Equal("Only an Admin can see and run the background jobs.", list.Message);
        Assert.Equal(list.Message, run.Message);
    }

    private static async Task<List<(string, string)>> RunEachAsync(BackgroundJobs jobs)
    {
        var outcomes = new List<(string, string)>();
        foreach (var job in jobs.All)
        {
            var result = await jobs.RunNowAsync(job.Name);
            Assert.True(result.Succeeded, result.Outcome);
            outcomes.Add((job.Name, result.Outcome));
        }

        return outcomes;
    }

    private async Task<List<(NotificationKind Kind, string Text, string Link)>> RaisedAsync()
    {
        await using var db = Harness.Db();
        return (await db.Notifications.AsNoTracking().OrderBy(n => n.Id).Select(n => new { n.Kind, n.Text, n.Link }).ToListAsync())
            .Select(n => (n.Kind, n.Text, n.Link)).ToList();
    }

    private sealed class FailingJob : IScheduledJob
    {
        public JobInfo Info { get; } = new("failing", "Failing", "Always fails.", JobSchedule.Every(5));

        public Task<string> RunAsync(CancellationToken cancellationToken) => throw new IOException("The disk is full.");
    }
}
