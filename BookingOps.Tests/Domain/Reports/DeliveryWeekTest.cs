using BookingOps.Domain.Accounts;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Customers;
using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.Fleet;
using BookingOps.Domain.Reports;
using BookingOps.Domain.Setup;
using BookingOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Tests.Domain.Reports;

/// <summary>
/// The last days of November 2026 at a skip-bin business (today is Sat 21 Nov, 10:00 in Kuala Lumpur), for the
/// delivery order reports. Drivers Dan and Ravi; lorry WXY 1234 (own), BKR 5678 (hired) and OLD 0001 (retired).
/// <code>
/// order  driver area       scheduled   value  kg       lorry     what happened
/// Late   Dan    Klang      Fri 20 Nov  280.00 -        -         cash 280 on the 21st; the office marked it done
/// First  Dan    Klang      Sat 21 Nov  350.00 1,200.5  WXY 1234  trip 08:00-09:30; Dan done at 10:00; cash 350
/// Failed Dan    Klang      Sat 21 Nov  500.00 800      WXY 1234  customer not home (a problem), then cancelled
/// Ravis  Ravi   Shah Alam  Mon 23 Nov  420.00 2,000    BKR 5678  on the 23rd: cash 200 + 100 online, trip 07:00
///                                                                with no arrival, Ravi done
/// Slow   Dan    Shah Alam  Tue 24 Nov  600.00 -        WXY 1234  on the 25th: trip 08:00-10:15, Dan done, cash 600
/// Draft  Dan    Klang      Mon 30 Nov  150.00 -        -         a draft
/// Next   Dan    Klang      Tue 1 Dec   200.00 -        WXY 1234  cash 100 on 30 Nov; trips 23:30-23:50 on 30 Nov
///                                                                and 00:10-01:00 on 1 Dec
/// </code>
/// BKR 5678 is also booked for jobs 27 Nov 20:00 to 29 Nov 02:00, 29 Nov 10:00-14:00 and 30 Nov 20:00 to 1 Dec
/// 02:00, and was on a job on 15 Nov that was cancelled.
/// </summary>
public abstract class DeliveryWeekTest : DomainTest
{
    protected static readonly ReportPeriod November = new(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));

    private readonly Actor office = new("user-1", "office@example.test");
    private int customer;

    protected int Dan { get; private set; }

    protected int Ravi { get; private set; }

    protected int OwnLorry { get; private set; }

    protected int HiredLorry { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Harness.Get<FirstRunSetup>().CompleteAsync(FirstRunSetupTests.ValidInput());
        customer = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Pembinaan Jaya Sdn Bhd"));
        var (dan, danLogin) = await DriverAsync("Dan Hakim", "dan@example.test");
        var (ravi, raviLogin) = await DriverAsync("Ravi Kumar", "ravi@example.test");
        (Dan, Ravi) = (dan, ravi);
        var assets = Harness.Get<AssetService>();
        OwnLorry = await assets.CreateAsync(new AssetInput { Kind = AssetKind.Vehicle, Code = "WXY 1234" });
        HiredLorry = await assets.CreateAsync(new AssetInput { Kind = AssetKind.ExternalLorry, Code = "BKR 5678" });
        await assets.CreateAsync(new AssetInput { Kind = AssetKind.Vehicle, Code = "OLD 0001", IsActive = false });
        await BookHiredLorryAsync();

        var late = await IssuedAsync(Order(Dan, "Klang", new(2026, 11, 20), 280m, null, null));
        var first = await IssuedAsync(Order(Dan, "Klang", new(2026, 11, 21), 350m, 1_200.5m, OwnLorry));
        var failed = await IssuedAsync(Order(Dan, "Klang", new(2026, 11, 21), 500m, 800m, OwnLorry));
        var ravis = await IssuedAsync(Order(Ravi, "Shah Alam", new(2026, 11, 23), 420m, 2_000m, HiredLorry));
        var slow = await IssuedAsync(Order(Dan, "Shah Alam", new(2026, 11, 24), 600m, null, OwnLorry));
        await Orders.CreateAsync(Order(Dan, "Klang", new(2026, 11, 30), 150m, null, null));
        var next = await IssuedAsync(Order(Dan, "Klang", new(2026, 12, 1), 200m, null, OwnLorry));

        Harness.Actor.Current = danLogin;
        await CashAsync(late, 280m);
        await TripAsync(first, new TimeOnly(8, 0), new TimeOnly(9, 30));
        await DoneAsync(first);
        await CashAsync(first, 350m);
        await Field.ReportProblemAsync(failed, new ProblemInput { Kind = ProblemKind.CustomerNotHome });
        Harness.Actor.Current = office;
        await Orders.AwaitInvoiceAsync(late, await VersionAsync(late));
        await Orders.CancelAsync(failed, await VersionAsync(failed), "Customer postponed");

        Harness.Clock.SetUtcNow(TestTime.Instant(new DateTime(2026, 11, 23, 9, 0, 0)));
        Harness.Actor.Current = raviLogin;
        await CashAsync(ravis, 200m);
        await CashAsync(ravis, 100m, PaymentMethod.Online);
        await TripAsync(ravis, new TimeOnly(7, 0), null);
        await DoneAsync(ravis);

        Harness.Clock.SetUtcNow(TestTime.Instant(new DateTime(2026, 11, 25, 11, 0, 0)));
        Harness.Actor.Current = danLogin;
        await TripAsync(slow, new TimeOnly(8, 0), new TimeOnly(10, 15));
        await DoneAsync(slow);
        await CashAsync(slow, 600m);

        Harness.Clock.SetUtcNow(TestTime.Instant(new DateTime(2026, 11, 30, 12, 0, 0)));
        await CashAsync(next, 100m);
        await TripAsync(next, new TimeOnly(23, 30), new TimeOnly(23, 50));
        Harness.Clock.SetUtcNow(TestTime.Instant(new DateTime(2026, 12, 1, 8, 0, 0)));
        await TripAsync(next, new TimeOnly(0, 10), new TimeOnly(1, 0));
        Harness.Actor.Current = office;
    }

    private DeliveryOrderService Orders => Harness.Get<DeliveryOrderService>();

    private FieldWork Field => Harness.Get<FieldWork>();

    private async Task<(int CrewId, Actor Login)> DriverAsync(string name, string email)
    {
        var userId = await Harness.Get<UserAdministration>().CreateAsync(new NewUserInput { DisplayName = name, Email = email, Role = Roles.Crew, Password = "a long enough password" });
        var crewId = await Harness.Get<CrewService>().CreateAsync(new CrewMemberInput { UserId = userId, Name = name, Roles = [CrewRoles.Driver], Phone = "012-555 3000" });
        return (crewId, new Actor(userId, name));
    }

    /// <summary>Three jobs booked for the hired lorry (one spanning two midnights, one the same day as another), and a cancelled one.</summary>
    private async Task BookHiredLorryAsync()
    {
        var bookings = Harness.Get<BookingService>();
        async Task<int> BookedAsync(DateTime start, DateTime end)
        {
            var input = BookingInputs.Valid(customer, start);
            input.End = end;
            var booking = await bookings.CreateAsync(input);
            await Harness.Get<AssetAssignmentService>().AssignAsync(booking, HiredLorry, null, actorIsAdmin: false);
            return booking;
        }

        await BookedAsync(new DateTime(2026, 11, 27, 20, 0, 0), new DateTime(2026, 11, 29, 2, 0, 0));
        await BookedAsync(new DateTime(2026, 11, 29, 10, 0, 0), new DateTime(2026, 11, 29, 14, 0, 0));
        await BookedAsync(new DateTime(2026, 11, 30, 20, 0, 0), new DateTime(2026, 12, 1, 2, 0, 0));
        await bookings.CancelAsync(await BookedAsync(new DateTime(2026, 11, 15, 10, 0, 0), new DateTime(2026, 11, 15, 14, 0, 0)), 0, "Site not ready");
    }

    private DeliveryOrderInput Order(int driver, string area, DateOnly day, decimal value, decimal? weightKg, int? lorry) => new()
    {
        CustomerId = customer,
        ScheduledOn = day,
        SiteAddress = "Lot 12, Jalan Industri 3",
        Area = area,
        DriverId = driver,
        LorryId = lorry,
        WeightKg = weightKg,
        Lines = [new DeliveryOrderLineInput { Description = "Construction waste", Quantity = 1, Unit = "trip", UnitPrice = value }],
    };

    private async Task<int> IssuedAsync(DeliveryOrderInput order)
    {
        var id = await Orders.CreateAsync(order);
        await Orders.IssueAsync(id, 0);
        return id;
    }

    private async Task<long> VersionAsync(int order)
    {
        await using var db = Harness.Db();
        return await db.DeliveryOrders.Where(o => o.Id == order).Select(o => o.Version).SingleAsync();
    }

    private Task<FieldReceipt> CashAsync(int order, decimal amount, PaymentMethod method = PaymentMethod.Cash) =>
        Field.RecordCashAsync(order, new CashReceiptInput { Amount = amount, Method = method });

    private Task<LorryTrip> TripAsync(int order, TimeOnly departed, TimeOnly? arrived) =>
        Field.LogTripAsync(order, new TripInput { From = "Yard", To = "Site", DepartedAt = departed, ArrivedAt = arrived });

    /// <summary>The driver's taps to the end, with the photos completing needs.</summary>
    private async Task DoneAsync(int order)
    {
        for (var i = 0; i < DeliveryOrder.PhotosToComplete; i++)
        {
            await Field.AddPhotoAsync(order, Guid.NewGuid().ToString("N"), new MemoryStream(TestPhotos.Jpeg(64, 48)));
        }

        foreach (var stage in new[] { FieldStage.HeadingThere, FieldStage.OnSite, FieldStage.Handover, FieldStage.Done })
        {
            await Field.AdvanceAsync(order, stage);
        }
    }
}
