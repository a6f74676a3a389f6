using BookingOps.Domain.Accounts;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Live;
using BookingOps.Domain.Notifications;
using BookingOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Tests.Domain.Notifications;

/// <summary>
/// Who hears of what, read from what the commits announced, as the app's listener hands them to the notifier:
/// the Admin (Farid), a Staff member (Siti), and two performers who sign in on their phones (Aina and Ben).
/// </summary>
public sealed class NotificationRulesTests : CrewMoneyTest, IDisposable
{
    private readonly List<ChangeSet> announced = [];
    private IDisposable? subscription;
    private Actor admin = default!;
    private Actor staff = default!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var siti = await Harness.Get<UserAdministration>().CreateAsync(new NewUserInput { DisplayName = "Siti", Email = "siti@example.test", Role = Roles.Staff, Password = "a long enough password" });
        await using (var db = Harness.Db())
        {
            admin = new Actor(await db.Users.Where(u => u.Email == "farid@kilatbins.my").Select(u => u.Id).SingleAsync(), "farid@kilatbins.my", IsAdmin: true);
        }

        staff = new Actor(siti, "siti@example.test", IsStaff: true);
        Harness.Actor.Current = admin;
        subscription = Harness.Get<ChangeFeed>().Subscribe(set =>
        {
            lock (announced)
            {
                announced.Add(set);
            }

            return Task.CompletedTask;
        });
    }

    public void Dispose() => subscription?.Dispose();

    [Fact]
    public async Task Each_kind_reaches_the_office_the_Admin_or_the_one_person_it_concerns()
    {
        var booking = await Harness.Get<BookingService>().CreateAsync(BookingInputs.Valid(Customer));
        await Harness.Get<BookingService>().ConfirmAsync(booking, 0);
        var assignments = Harness.Get<CrewAssignmentService>();
        var ainasJob = await assignments.AssignAsync(new AssignCrewInput { BookingId = booking, CrewMemberId = Aina.Id, Role = "dancer", Fee = 200m }, actorIsAdmin: true);
        var bensJob = await assignments.AssignAsync(new AssignCrewInput { BookingId = booking, CrewMemberId = Ben.Id, Role = "dancer", Fee = 300m }, actorIsAdmin: true);
        await assignments.AcceptAsync(ainasJob, 0, Aina.Login);
        await assignments.DeclineAsync(bensJob, 0, Ben.Login, "Away that week");
        var invoice = await Harness.Get<InvoiceService>().CreateForBookingAsync(booking, InvoiceKind.Deposit);
        await Harness.Get<InvoiceService>().IssueAsync(invoice, 0);
        await Harness.Get<PaymentService>().RecordAsync(new PaymentInput { InvoiceId = invoice, Amount = 100m, Method = PaymentMethod.Cash, ReceivedOn = Harness.Today, IdempotencyKey = "payment-one" });

        Assert.Equal(7, await RaiseAnnouncedAsync());

        Assert.Equal(
            [
                (NotificationKind.PaymentReceived, "admin staff"),
                (NotificationKind.InvoiceIssued, "admin"),
                (NotificationKind.AssignmentAnswered, "admin staff"),
                (NotificationKind.AssignmentAnswered, "admin staff"),
                (NotificationKind.AssignmentOffered, "ben"),
                (NotificationKind.AssignmentOffered, "aina"),
                (NotificationKind.BookingConfirmed, "admin staff"),
            ],
            await WhoSeesWhatAsync());
        Assert.Contains("Ben Lim declined dancer", (await ItemsAsync(staff)).Select(i => i.Text).First(t => t.Contains("declined", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal(0, await RaiseAnnouncedAsync());
    }

    [Fact]
    public async Task A_kind_turned_off_leaves_that_user_s_bell_alone_and_reading_clears_it()
    {
        var booking = await Harness.Get<BookingService>().CreateAsync(BookingInputs.Valid(Customer));
        await Harness.Get<BookingService>().ConfirmAsync(booking, 0);
        var invoice = await Harness.Get<InvoiceService>().CreateForBookingAsync(booking, InvoiceKind.Deposit);
        await Harness.Get<InvoiceService>().IssueAsync(invoice, 0);
        await RaiseAnnouncedAsync();
        var notifications = Harness.Get<MyNotifications>();

        Harness.Actor.Current = staff;
        Assert.Equal(1, (await notifications.BellAsync(5)).Unread);
        await notifications.SetAsync(NotificationKind.BookingConfirmed, on: false);
        Assert.Equal(0, (await notifications.BellAsync(5)).Unread);
        Assert.Contains((NotificationKind.BookingConfirmed, false), await notifications.PreferencesAsync());
        Assert.DoesNotContain(await notifications.PreferencesAsync(), p => p.Kind is NotificationKind.InvoiceIssued or NotificationKind.AssignmentOffered);
        Harness.Actor.Current = new Actor(Aina.Login, "aina");
        Assert.Equal([NotificationKind.AssignmentOffered, NotificationKind.DeliveryOrderAssigned], (await notifications.PreferencesAsync()).Select(p => p.Kind));
        Harness.Actor.Current = staff;

        Harness.Actor.Current = admin;
        var bell = await notifications.BellAsync(5);
        Assert.Equal(2, bell.Unread);
        Assert.Equal(TestTime.Frozen().GetUtcNow().ToOffset(TimeSpan.FromHours(8)), bell.Latest[0].CreatedAt);
        await notifications.MarkReadAsync(bell.Latest[0].Id);
        Assert.Equal(1, (await notifications.BellAsync(5)).Unread);
        await notifications.MarkAllReadAsync();
        Assert.Equal(0, (await notifications.BellAsync(5)).Unread);

        await Harness.Get<PaymentService>().RecordAsync(new PaymentInput { InvoiceId = invoice, Amount = 50m, Method = PaymentMethod.Online, ReceivedOn = Harness.Today, IdempotencyKey = "payment-two" });
        await RaiseAnnouncedAsync();
        Assert.Equal([false, true, true], (await notifications.BellAsync(5)).Latest.Select(i => i.IsRead));
    }

    /// <summary>What the app's listener does: every announced commit to the notifier, in order.</summary>
    private async Task<int> RaiseAnnouncedAsync()
    {
        var raised = 0;
        foreach (var set in announced.ToList())
        {
            raised += await Harness.Get<Notifier>().RaiseAsync(set);
        }

        return raised;
    }

    /// <summary>Each notification, newest first, with who among the four sees it.</summary>
    private async Task<List<(NotificationKind, string)>> WhoSeesWhatAsync()
    {
        var readers = new (string Name, Actor Actor)[]
        {
            ("admin", admin), ("staff", staff), ("aina", new Actor(Aina.Login, "aina")), ("ben", new Actor(Ben.Login, "ben")),
        };
        var seen = new Dictionary<long, (NotificationKind Kind, List<string> By)>();
        foreach (var (name, actor) in readers)
        {
            foreach (var item in await ItemsAsync(actor))
            {
                (seen.TryGetValue(item.Id, out var entry) ? entry : seen[item.Id] = (item.Kind, [])).By.Add(name);
            }
        }

        return [.. seen.OrderByDescending(s => s.Key).Select(s => (s.Value.Kind, string.Join(' ', s.Value.By)))];
    }

    private async Task<IReadOnlyList<NotificationItem>> ItemsAsync(Actor actor)
    {
        Harness.Actor.Current = actor;
        return (await Harness.Get<MyNotifications>().ListAsync(new PageRequest(Take: 50))).Items;
    }
}
