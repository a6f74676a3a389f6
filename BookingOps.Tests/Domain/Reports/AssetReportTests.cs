using BookingOps.Domain.Accounts;
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
/// Saturday 21 Nov 2026, 10:00: Dan delivers B-0001 ("Klang") to Pembinaan Jaya on a delivery order of 7 rental days;
/// the office takes B-0003 ("Shah Alam") to Tan Events by hand, takes B-0008 ("Shah Alam") to Tan and collects it,
/// assigns B-0002 ("klang") and sends B-0004 (no area) to repair; B-0005 ("Klang") is retired; B-0007 ("Shah Alam")
/// stays in the warehouse. Then B-0006 ("Shah Alam") is assigned at 23:30 on Monday 30 Nov and taken to Tan at
/// 00:10 on Tuesday 1 Dec, which is today from then on.
/// </summary>
public sealed class AssetReportTests : DomainTest
{
    private static readonly ReportPeriod November = new(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));
    private static readonly DateOnly Tuesday = new(2026, 12, 1);

    private readonly Actor office = new("user-1", "office@example.test");
    private readonly Dictionary<string, int> bins = [];
    private int pembinaan;
    private int tan;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Harness.Get<FirstRunSetup>().CompleteAsync(FirstRunSetupTests.ValidInput());
        pembinaan = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Pembinaan Jaya Sdn Bhd"));
        tan = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid());
        foreach (var (serial, area, active) in new[]
        {
            ("B-0001", "Klang", true), ("B-0002", "klang", true), ("B-0003", "Shah Alam", true), ("B-0004", null, true),
            ("B-0005", "Klang", false), ("B-0006", "Shah Alam", true), ("B-0007", "Shah Alam", true), ("B-0008", "Shah Alam", true),
        })
        {
            bins[serial] = await Harness.Get<AssetService>().CreateAsync(new AssetInput { Kind = AssetKind.Bin, Code = serial, Size = "20 yd³", Area = area, IsActive = active });
        }

        await DeliverAsync("B-0001");
        await MoveAsync("B-0003", BinState.Assigned);
        await MoveAsync("B-0003", BinState.WithCustomer, tan);
        await MoveAsync("B-0008", BinState.Assigned);
        await MoveAsync("B-0008", BinState.WithCustomer, tan);
        await MoveAsync("B-0008", BinState.Collected);
        await MoveAsync("B-0002", BinState.Assigned);
        await MoveAsync("B-0004", BinState.Repair);

        Harness.Clock.SetUtcNow(TestTime.Instant(new DateTime(2026, 11, 30, 23, 30, 0)));
        await MoveAsync("B-0006", BinState.Assigned);
        Harness.Clock.SetUtcNow(TestTime.Instant(new DateTime(2026, 12, 1, 0, 10, 0)));
        await MoveAsync("B-0006", BinState.WithCustomer, tan);
        Assert.Equal(Tuesday, Harness.Today);
    }

    [Fact]
    public async Task Bin_stock_counts_active_bins_by_state_in_each_area_whatever_its_case_with_no_area_last()
    {
        var report = Harness.Get<BinStockOnHand>();
        var all = new ReportFilter(November);

        var areas = await report.PageAsync(all, sort: null, new PageRequest());
        var totals = await report.TypedTotalsAsync(all);
        var chart = await report.ChartAsync(all);
        var klang = await report.PageAsync(all with { Area = "KLANG" }, sort: null, new PageRequest());
        var biggest = await report.PageAsync(all, ReportSort.Parse("-total"), new PageRequest(Take: 1));

        // B-0005 is retired; "klang" is Klang.
        Assert.Equal(
            [new("Klang", 0, 1, 1, 0, 0), new("Shah Alam", 1, 0, 2, 1, 0), new BinStockRow("No area", 0, 0, 0, 0, 1)],
            areas.Items);
        Assert.Equal(new BinStockRow("Total", 1, 1, 3, 1, 1), totals);
        Assert.Equal(7, totals!.Total);
        Assert.Equal(["Klang", "Shah Alam", "No area"], chart!.Labels);
        Assert.Equal(["In warehouse", "Assigned", "With customer", "Collected", "In repair"], chart.Series.Select(s => s.Name));
        Assert.Equal([1d, 2d, 0d], chart.Series[2].Values);
        Assert.Equal([new BinStockRow("Klang", 0, 1, 1, 0, 0)], klang.Items);
        Assert.Equal("Shah Alam", biggest.Items.Single().Area);
    }

    [Fact]
    public async Task Bin_movements_belong_to_the_business_day_23_30_on_the_last_day_in_and_00_10_the_next_day_out()
    {
        var report = Harness.Get<BinMovementHistory>();

        var november = await report.PageAsync(new ReportFilter(November), sort: null, new PageRequest());
        var sixInNovember = await report.PageAsync(new ReportFilter(November, Serial: "B-0006"), sort: null, new PageRequest());
        var sixOnTuesday = await report.PageAsync(new ReportFilter(new ReportPeriod(Tuesday, Tuesday), Serial: "B-0006"), sort: null, new PageRequest());
        var view = await report.ViewAsync(new ReportFilter(November, Serial: "B-0003"), null, new PageRequest());

        // B-0001 two (by the order), B-0003 two, B-0008 three, B-0002 and B-0004 one each, B-0006 one; its 00:10 move is December's.
        Assert.Equal(10, november.TotalCount);
        Assert.Equal(
            (new DateOnly(2026, 11, 30), "B-0006", MovementKind.Transfer, "in the warehouse → assigned", "Shah Alam", (string?)null),
            Cells(november.Items[0]));
        Assert.Equal("B-0004", november.Items[1].Serial);
        Assert.All(november.Items.Skip(1), m => Assert.Equal(TestTime.Today, m.Day));
        Assert.Equal([new DateOnly(2026, 11, 30)], sixInNovember.Items.Select(m => m.Day));
        var delivered = Assert.Single(sixOnTuesday.Items);
        Assert.Equal((Tuesday, "B-0006", MovementKind.Out, "assigned → with a customer", "Shah Alam", "Tan Events Sdn Bhd"), Cells(delivered));
        Assert.Equal("office@example.test", delivered.By);
        Assert.Equal(
            [
                new object?[] { TestTime.Today, "B-0003", "Out", "assigned → with a customer", "Shah Alam", "Tan Events Sdn Bhd", "office@example.test" },
                new object?[] { TestTime.Today, "B-0003", "Transfer", "in the warehouse → assigned", "Shah Alam", null, "office@example.test" },
            ],
            view.Rows.Select(r => r.Cells.ToArray()));
        Assert.Equal($"assets/{bins["B-0003"]}", view.Rows[0].Link);
        Assert.Null(view.Totals);
    }

    [Fact]
    public async Task Bin_movements_page_newest_first_and_sort_by_serial_in_the_database()
    {
        var report = Harness.Get<BinMovementHistory>();
        var filter = new ReportFilter(November);

        var second = await report.PageAsync(filter, sort: null, new PageRequest(Skip: 1, Take: 2));
        var bySerial = await report.PageAsync(filter, ReportSort.Parse("serial"), new PageRequest(Take: 3));

        Assert.Equal(10, second.TotalCount);
        Assert.Equal(["B-0004", "B-0002"], second.Items.Select(m => m.Serial));
        Assert.Equal(["B-0001", "B-0001", "B-0002"], bySerial.Items.Select(m => m.Serial));
    }

    [Fact]
    public async Task Bins_out_by_area_count_days_from_the_day_out_and_only_a_bin_past_its_orders_rental_days_is_overdue()
    {
        var report = Harness.Get<BinsOutByArea>();
        var all = new ReportFilter(November);

        var binsOut = await report.PageAsync(all, sort: null, new PageRequest());
        var shahAlam = await report.PageAsync(all with { Area = "shah alam" }, sort: null, new PageRequest());
        var chart = await report.ChartAsync(all);
        var newest = await report.PageAsync(all, ReportSort.Parse("days"), new PageRequest(Take: 1));

        // B-0001 was delivered on 21 Nov for 7 days: due back 28 Nov, overdue from the 29th. B-0003 went by hand: no agreed days.
        Assert.Equal(
            [
                new(bins["B-0001"], "Klang", "B-0001", "Pembinaan Jaya Sdn Bhd", TestTime.Today, 10, true),
                new(bins["B-0003"], "Shah Alam", "B-0003", "Tan Events Sdn Bhd", TestTime.Today, 10, false),
                new BinOutRow(bins["B-0006"], "Shah Alam", "B-0006", "Tan Events Sdn Bhd", Tuesday, 0, false),
            ],
            binsOut.Items);
        Assert.Equal(["Yes", "No", "No"], binsOut.Items.Select(b => b.Overdue));
        Assert.Equal(["B-0003", "B-0006"], shahAlam.Items.Select(b => b.Serial));
        Assert.Equal(["Klang", "Shah Alam"], chart!.Labels);
        Assert.Equal([1d, 2d], chart.Series.Single().Values);
        Assert.Equal("B-0006", newest.Items.Single().Serial);
        Assert.Null(await report.TypedTotalsAsync(all));
    }

    [Fact]
    public async Task Document_expiry_lists_what_lapses_by_the_ranges_end_and_everything_already_lapsed_on_active_vehicles()
    {
        var fleet = Harness.Get<AssetService>();
        var lorry = await fleet.CreateAsync(new AssetInput { Kind = AssetKind.Vehicle, Code = "WXY 1234", CapacityTonnes = 10m });
        var van = await fleet.CreateAsync(new AssetInput { Kind = AssetKind.Vehicle, Code = "VBC 5678", CapacityTonnes = 1m });
        var sold = await fleet.CreateAsync(new AssetInput { Kind = AssetKind.Vehicle, Code = "BKT 9012", CapacityTonnes = 5m, IsActive = false });
        await fleet.SetDocumentAsync(lorry, "insurance", new DateOnly(2026, 11, 30));
        await fleet.SetDocumentAsync(lorry, "road tax", Tuesday);
        await fleet.SetDocumentAsync(lorry, "permit", new DateOnly(2026, 12, 31));
        await fleet.SetDocumentAsync(van, "road tax", new DateOnly(2027, 1, 15));
        await fleet.SetDocumentAsync(van, "insurance", new DateOnly(2027, 3, 1));
        await fleet.SetDocumentAsync(sold, "road tax", new DateOnly(2026, 6, 30));
        var report = Harness.Get<VehicleDocumentExpiry>();

        var january = await report.PageAsync(new ReportFilter(new ReportPeriod(new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 31))), sort: null, new PageRequest());
        var december = await report.PageAsync(new ReportFilter(new ReportPeriod(Tuesday, new DateOnly(2026, 12, 31))), sort: null, new PageRequest());
        var october = await report.PageAsync(new ReportFilter(new ReportPeriod(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31))), sort: null, new PageRequest());
        var byVehicle = await report.PageAsync(new ReportFilter(new ReportPeriod(new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 31))), ReportSort.Parse("vehicle"), new PageRequest(Take: 1));

        // Valid through its last day: the road tax expiring today has 0 days left and is not yet expired.
        Assert.Equal(
            [
                ("WXY 1234", "insurance", new DateOnly(2026, 11, 30), -1, "Expired"),
                ("WXY 1234", "road tax", Tuesday, 0, "Expiring soon"),
                ("WXY 1234", "permit", new DateOnly(2026, 12, 31), 30, "Expiring soon"),
                ("VBC 5678", "road tax", new DateOnly(2027, 1, 15), 45, "Valid"),
            ],
            january.Items.Select(d => (d.Code, d.Kind, d.ExpiresOn, d.DaysLeft, d.Status)));
        Assert.Equal(["insurance", "road tax", "permit"], december.Items.Select(d => d.Kind));
        Assert.Equal([("WXY 1234", "insurance")], october.Items.Select(d => (d.Code, d.Kind)));
        Assert.Equal(("VBC 5678", 4), (byVehicle.Items.Single().Code, byVehicle.TotalCount));
    }

    private async Task MoveAsync(string serial, BinState to, int? customer = null)
    {
        await using var db = Harness.Db();
        var bin = await db.Assets.AsNoTracking().SingleAsync(a => a.Id == bins[serial]);
        await Harness.Get<AssetService>().MoveBinAsync(bin.Id, bin.Version, to, customer, null, null, null);
    }

    /// <summary>An order of 7 rental days for Dan, issued by the office, and Dan's taps up to the handover.</summary>
    private async Task DeliverAsync(string serial)
    {
        var userId = await Harness.Get<UserAdministration>().CreateAsync(new NewUserInput { DisplayName = "Dan Hakim", Email = "dan@example.test", Role = Roles.Crew, Password = "a long enough password" });
        var driver = await Harness.Get<CrewService>().CreateAsync(new CrewMemberInput { UserId = userId, Name = "Dan Hakim", Roles = [CrewRoles.Driver], Phone = "012-555 3000" });
        var orders = Harness.Get<DeliveryOrderService>();
        var order = await orders.CreateAsync(new DeliveryOrderInput
        {
            CustomerId = pembinaan,
            ScheduledOn = TestTime.Today,
            SiteAddress = "Lot 12, Jalan Industri 3, Klang",
            Area = "Klang",
            DriverId = driver,
            BinId = bins[serial],
            RentalDays = 7,
            Lines = [new DeliveryOrderLineInput { Description = "Construction waste", Quantity = 1, Unit = "trip", UnitPrice = 350m }],
        });
        await orders.IssueAsync(order, 0);
        Harness.Actor.Current = new Actor(userId, "Dan Hakim");
        foreach (var stage in new[] { FieldStage.HeadingThere, FieldStage.OnSite, FieldStage.Handover })
        {
            await Harness.Get<FieldWork>().AdvanceAsync(order, stage);
        }

        Harness.Actor.Current = office;
    }

    private static (DateOnly, string, MovementKind, string, string?, string?) Cells(BinMovementRow row) =>
        (row.Day, row.Serial, row.Kind, row.Change, row.Area, row.Customer);
}
