using BookingOps.Domain.Accounts;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Customers;
using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.Fleet;
using BookingOps.Domain.Notifications;
using BookingOps.Domain.Setup;
using BookingOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Tests.Domain;

public sealed class FieldWorkTests : DomainTest
{
    private readonly Actor office = new("user-1", "office@example.test");
    private Actor dan = default!;
    private Actor ravi = default!;
    private int customer;
    private int danCrew;
    private int bin;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Harness.Get<FirstRunSetup>().CompleteAsync(FirstRunSetupTests.ValidInput());
        customer = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Pembinaan Jaya Sdn Bhd"));
        (dan, danCrew) = await DriverAsync("Dan Hakim", "dan@example.test");
        (ravi, _) = await DriverAsync("Ravi Kumar", "ravi@example.test");
        bin = await Harness.Get<AssetService>().CreateAsync(new AssetInput { Kind = AssetKind.Bin, Code = "B-0001", Size = "20 yd³" });
    }

    private FieldWork Field => Harness.Get<FieldWork>();

    private async Task<(Actor Login, int CrewId)> DriverAsync(string name, string email)
    {
        var userId = await Harness.Get<UserAdministration>().CreateAsync(new NewUserInput { DisplayName = name, Email = email, Role = Roles.Crew, Password = "a long enough password" });
        var crewId = await Harness.Get<CrewService>().CreateAsync(new CrewMemberInput { UserId = userId, Name = name, Roles = [CrewRoles.Driver], Phone = "012-555 3000" });
        return (new Actor(userId, name), crewId);
    }

    /// <summary>An issued order for Dan, created by the office; the actor is Dan afterwards.</summary>
    private async Task<int> IssuedOrderAsync(DeliveryOrderKind kind = DeliveryOrderKind.Delivery)
    {
        Harness.Actor.Current = office;
        var orders = Harness.Get<DeliveryOrderService>();
        var id = await orders.CreateAsync(new DeliveryOrderInput
        {
            CustomerId = customer,
            Kind = kind,
            ScheduledOn = TestTime.Today,
            SiteAddress = "Lot 12, Jalan Industri 3, Klang",
            Area = "Klang",
            DriverId = danCrew,
            BinId = bin,
            Lines = [new DeliveryOrderLineInput { Description = "Construction waste", Quantity = 1, Unit = "trip", UnitPrice = 350m }],
        });
        await orders.IssueAsync(id, 0);
        Harness.Actor.Current = dan;
        return id;
    }

    private async Task AddPhotosAsync(int order, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Field.AddPhotoAsync(order, Guid.NewGuid().ToString("N"), new MemoryStream(TestPhotos.Jpeg(64, 48)));
        }
    }

    private async Task<DeliveryOrder> OrderAsync(int id)
    {
        await using var db = Harness.Db();
        return await db.DeliveryOrders.AsNoTracking().SingleAsync(o => o.Id == id);
    }

    [Fact]
    public async Task The_driver_taps_through_the_steps_in_order_a_repeated_tap_does_nothing_and_completing_needs_three_photos()
    {
        var id = await IssuedOrderAsync();

        Assert.True(await Field.AdvanceAsync(id, FieldStage.HeadingThere));
        Assert.False(await Field.AdvanceAsync(id, FieldStage.HeadingThere));
        var skipping = await Assert.ThrowsAsync<BusinessRuleException>(() => Field.AdvanceAsync(id, FieldStage.Handover));
        Assert.Equal("First mark the order \"On site\".", skipping.Message);
        await Field.AdvanceAsync(id, FieldStage.OnSite);
        await Field.AdvanceAsync(id, FieldStage.Handover);
        await AddPhotosAsync(id, 2);

        var early = await Assert.ThrowsAsync<BusinessRuleException>(() => Field.AdvanceAsync(id, FieldStage.Done));
        Assert.Equal("Take at least 3 photos before completing the order (2 so far).", early.Message);
        Assert.Equal((FieldStage.Handover, DeliveryOrderStatus.Issued), ((await OrderAsync(id)).Stage, (await OrderAsync(id)).Status));

        await AddPhotosAsync(id, 1);
        Assert.True(await Field.AdvanceAsync(id, FieldStage.Done));
        Assert.False(await Field.AdvanceAsync(id, FieldStage.Done));
        var done = await OrderAsync(id);
        Assert.Equal((FieldStage.Done, DeliveryOrderStatus.PendingInvoice), (done.Stage, done.Status));
    }

    [Fact]
    public async Task Delivering_takes_the_bin_to_the_customer_and_collecting_brings_it_back_each_move_recorded_against_the_order()
    {
        var delivery = await IssuedOrderAsync();
        await Field.AdvanceAsync(delivery, FieldStage.HeadingThere);
        await Field.AdvanceAsync(delivery, FieldStage.OnSite);
        await Field.AdvanceAsync(delivery, FieldStage.Handover);
        var collection = await IssuedOrderAsync(DeliveryOrderKind.Collection);
        await Field.AdvanceAsync(collection, FieldStage.HeadingThere);
        await Field.AdvanceAsync(collection, FieldStage.OnSite);
        await Field.AdvanceAsync(collection, FieldStage.Handover);

        await using var db = Harness.Db();
        var moves = await db.AssetMovements.AsNoTracking().Where(m => m.AssetId == bin).OrderBy(m => m.Id)
            .Select(m => new { m.FromState, m.ToState, m.DeliveryOrderId, m.CustomerId, m.Area }).ToListAsync();
        Assert.Equal(
            [
                new { FromState = BinState.InWarehouse, ToState = BinState.Assigned, DeliveryOrderId = (int?)delivery, CustomerId = (int?)customer, Area = (string?)"Klang" },
                new { FromState = BinState.Assigned, ToState = BinState.WithCustomer, DeliveryOrderId = (int?)delivery, CustomerId = (int?)customer, Area = (string?)"Klang" },
                new { FromState = BinState.WithCustomer, ToState = BinState.Collected, DeliveryOrderId = (int?)collection, CustomerId = (int?)customer, Area = (string?)"Klang" },
            ],
            moves);
        Assert.Equal(BinState.Collected, (await db.Assets.AsNoTracking().SingleAsync(a => a.Id == bin)).BinState);
    }

    [Fact]
    public async Task A_bin_the_cycle_cannot_move_refuses_the_step_and_nothing_is_saved()
    {
        var collection = await IssuedOrderAsync(DeliveryOrderKind.Collection);
        await Field.AdvanceAsync(collection, FieldStage.HeadingThere);
        await Field.AdvanceAsync(collection, FieldStage.OnSite);

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => Field.AdvanceAsync(collection, FieldStage.Handover));

        Assert.Equal("A bin that is in the warehouse cannot become collected.", refused.Message);
        Assert.Equal(FieldStage.OnSite, (await OrderAsync(collection)).Stage);
        await using var db = Harness.Db();
        Assert.Empty(await db.AssetMovements.Where(m => m.AssetId == bin).ToListAsync());
    }

    [Fact]
    public async Task Cash_on_site_gets_a_receipt_number_from_the_payment_series_once_however_often_the_form_is_sent()
    {
        var id = await IssuedOrderAsync();
        var form = new CashReceiptInput { Amount = 350m };

        var copies = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Field.RecordCashAsync(id, form)));
        var second = await Field.RecordCashAsync(id, new CashReceiptInput { Amount = 50m, Method = PaymentMethod.EWallet });

        Assert.All(copies, c => Assert.Equal("RCPT-2026-00001", c.ReceiptNumber));
        Assert.Equal("RCPT-2026-00002", second.ReceiptNumber);
        await using var db = Harness.Db();
        Assert.Equal(2, await db.FieldReceipts.CountAsync(r => r.DeliveryOrderId == id));
        Assert.Equal(2, await db.Database.SqlQuery<int>($"SELECT LastNumber AS Value FROM NumberSeries WHERE Key = 'RCPT-2026'").SingleAsync());
    }

    [Fact]
    public async Task A_photo_is_turned_upright_scaled_down_re_encoded_and_stored_once_per_upload_key()
    {
        var id = await IssuedOrderAsync();
        var key = Guid.NewGuid().ToString("N");

        // A phone held upright stores a landscape picture and says "turn it 90° clockwise" (orientation 6).
        var photo = await Field.AddPhotoAsync(id, key, new MemoryStream(TestPhotos.Jpeg(4000, 3000, exifOrientation: 6)));
        var again = await Field.AddPhotoAsync(id, key, new MemoryStream(TestPhotos.Jpeg(4000, 3000, exifOrientation: 6)));

        Assert.Equal(photo.Id, again.Id);
        Assert.Equal((1200, 1600), (photo.Width, photo.Height));
        var stored = await Field.PhotoAsync(id, photo.Id, asOffice: true);
        var bytes = await File.ReadAllBytesAsync(stored!.Path);
        Assert.Equal(".jpg", ImageFormats.ExtensionOf(bytes));
        Assert.Equal(bytes.Length, photo.SizeBytes);

        // Turned clockwise, the left (red) half is now on top and the right (blue) half beneath.
        Assert.True(TestPhotos.ColourAt(bytes, 600, 100).Red > 200);
        Assert.True(TestPhotos.ColourAt(bytes, 600, 1500).Blue > 200);
        Assert.Single(Directory.GetFiles(Harness.FilesDirectory, "photo-*"));
    }

    [Fact]
    public async Task Only_jpeg_and_png_photos_are_taken_by_their_content()
    {
        var id = await IssuedOrderAsync();

        var png = await Field.AddPhotoAsync(id, "png", new MemoryStream(TestPhotos.Png(300, 200)));
        var text = await Assert.ThrowsAsync<DomainValidationException>(() => Field.AddPhotoAsync(id, "text", new MemoryStream("GIF89a not really"u8.ToArray())));
        var broken = await Assert.ThrowsAsync<DomainValidationException>(() => Field.AddPhotoAsync(id, "broken", new MemoryStream([0xFF, 0xD8, 0xFF, 0x00, 0x01])));

        Assert.Equal((300, 200), (png.Width, png.Height));
        Assert.Equal("Send a photo (JPEG or PNG); this file is something else.", text.Message);
        Assert.Equal("The photo could not be read; it may be damaged. Take it again.", broken.Message);
        await using var db = Harness.Db();
        Assert.Equal(1, await db.DeliveryOrderPhotos.CountAsync());
    }

    [Fact]
    public async Task Another_driver_neither_sees_nor_changes_the_order_and_its_photos()
    {
        var id = await IssuedOrderAsync();
        var photo = await Field.AddPhotoAsync(id, "p1", new MemoryStream(TestPhotos.Jpeg(64, 48)));

        Harness.Actor.Current = ravi;

        Assert.Empty(await Field.MyOrdersAsync());
        Assert.Null(await Field.MyOrderAsync(id));
        Assert.Null(await Field.PhotoAsync(id, photo.Id, asOffice: false));
        await Assert.ThrowsAsync<BusinessRuleException>(() => Field.AdvanceAsync(id, FieldStage.HeadingThere));
        await Assert.ThrowsAsync<BusinessRuleException>(() => Field.RecordCashAsync(id, new CashReceiptInput { Amount = 10m }));
        await Assert.ThrowsAsync<BusinessRuleException>(() => Field.ReportProblemAsync(id, new ProblemInput()));
        Harness.Actor.Current = dan;
        Assert.Equal([id], (await Field.MyOrdersAsync()).Select(o => o.Id));
        Assert.NotNull(await Field.PhotoAsync(id, photo.Id, asOffice: false));
    }

    [Fact]
    public async Task Trips_and_problems_are_checked_and_kept_once_per_form()
    {
        var id = await IssuedOrderAsync();
        var trip = new TripInput { From = "Yard, Klang", To = "Jalan Industri 3", DepartedAt = new TimeOnly(8, 10), ArrivedAt = new TimeOnly(8, 45) };
        var problem = new ProblemInput { Kind = ProblemKind.BinBlocked, Note = "Car parked on the bin" };

        await Field.LogTripAsync(id, trip);
        await Field.LogTripAsync(id, trip);
        await Field.ReportProblemAsync(id, problem);
        await Field.ReportProblemAsync(id, problem);
        var backwards = await Assert.ThrowsAsync<DomainValidationException>(() =>
            Field.LogTripAsync(id, new TripInput { From = "A", To = "B", DepartedAt = new TimeOnly(9, 0), ArrivedAt = new TimeOnly(8, 0) }));
        var unsaid = await Assert.ThrowsAsync<DomainValidationException>(() => Field.ReportProblemAsync(id, new ProblemInput { Kind = ProblemKind.Other }));

        Assert.Equal("The lorry cannot arrive before it left.", backwards.Errors[nameof(TripInput.ArrivedAt)].Single());
        Assert.Equal("Say what the problem is.", unsaid.Errors[nameof(ProblemInput.Note)].Single());
        var view = await Field.MyOrderAsync(id);
        var logged = Assert.Single(view!.Field.Trips);
        Assert.Equal((TestTime.Instant(TestTime.Today.ToDateTime(new TimeOnly(8, 10))), "Jalan Industri 3"), (logged.DepartedAt, logged.To));
        Assert.Equal(("Car parked on the bin", "Dan Hakim"), (Assert.Single(view.Field.Problems).Note, view.Field.Problems[0].ReportedBy));
        var notice = Assert.Single(await Harness.Get<OfficeNotifications>().LatestAsync(10));
        Assert.Equal(("DO-2026-00001: Bin blocked, Car parked on the bin (Dan Hakim)", $"delivery-orders/{id}"), (notice.Text, notice.Link));
    }

    [Fact]
    public async Task Only_an_issued_order_or_one_pending_its_invoice_is_invoiced_and_then_shows_invoiced()
    {
        Harness.Actor.Current = office;
        var orders = Harness.Get<DeliveryOrderService>();
        var invoices = Harness.Get<InvoiceService>();
        var draft = await orders.CreateAsync(new DeliveryOrderInput
        {
            CustomerId = customer,
            ScheduledOn = TestTime.Today,
            SiteAddress = "Lot 12",
            Lines = [new DeliveryOrderLineInput { Description = "Skip hire", Quantity = 1, Unit = "week", UnitPrice = 200m }],
        });

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => invoices.CreateForDeliveryOrderAsync(draft, 0));
        var issued = await IssuedOrderAsync();
        Harness.Actor.Current = office;
        var invoiceId = await invoices.CreateForDeliveryOrderAsync(issued, 1);
        var twice = await Assert.ThrowsAsync<BusinessRuleException>(() => invoices.CreateForDeliveryOrderAsync(issued, 2));

        Assert.Equal("An order that is draft cannot be invoiced; only an issued order, or one pending its invoice, can.", refused.Message);
        Assert.Equal("An order that is invoiced cannot be invoiced; only an issued order, or one pending its invoice, can.", twice.Message);
        var invoice = await Harness.Get<InvoiceDirectory>().FindAsync(invoiceId);
        Assert.Equal((issued, customer, InvoiceStatus.Draft), (invoice!.DeliveryOrderId, invoice.CustomerId, invoice.Status));
        var line = Assert.Single(invoice.Lines);
        Assert.Equal(("Construction waste (trip)", 1m, 350m, 6m, 371m), (line.Description, line.Quantity, line.UnitPrice, line.TaxRatePercent, line.LineTotal));
        Assert.Equal(DeliveryOrderStatus.Invoiced, (await OrderAsync(issued)).Status);

        // Deleting the draft gives the order back to the office to invoice again.
        await invoices.DeleteDraftAsync(invoiceId, invoice.Version);
        Assert.Equal(DeliveryOrderStatus.PendingInvoice, (await OrderAsync(issued)).Status);
    }

    [Fact]
    public async Task Cash_taken_on_site_is_paid_onto_the_orders_invoice_under_its_receipt_number_and_counted_once()
    {
        var id = await IssuedOrderAsync();
        var before = await Field.RecordCashAsync(id, new CashReceiptInput { Amount = 300m });
        Harness.Actor.Current = office;
        var invoices = Harness.Get<InvoiceService>();
        var invoiceId = await invoices.CreateForDeliveryOrderAsync(id, 1);
        await invoices.IssueAsync(invoiceId, 0);
        Harness.Actor.Current = dan;
        var after = await Field.RecordCashAsync(id, new CashReceiptInput { Amount = 71m });
        var tooMuch = await Field.RecordCashAsync(id, new CashReceiptInput { Amount = 5m });
        await invoices.ReconcileFieldReceiptsAsync(id);

        var invoice = await Harness.Get<InvoiceDirectory>().FindAsync(invoiceId);
        var payments = await Harness.Get<InvoiceDirectory>().PaymentsOfAsync(invoiceId);
        Assert.Equal((371m, 371m, 0m, InvoiceStatus.Paid), (invoice!.Total, invoice.PaidTotal, invoice.Balance, invoice.Status));
        Assert.Equal([before.ReceiptNumber, after.ReceiptNumber], payments.Select(p => p.ReceiptNumber));
        await using var db = Harness.Db();
        var receipts = await db.FieldReceipts.AsNoTracking().OrderBy(r => r.Id).Select(r => new { r.ReceiptNumber, r.PaymentId }).ToListAsync();
        Assert.Equal([true, true, false], receipts.Select(r => r.PaymentId is not null));
        Assert.Equal(tooMuch.ReceiptNumber, receipts[2].ReceiptNumber);
        Assert.Equal(3, await db.Database.SqlQuery<int>($"SELECT LastNumber AS Value FROM NumberSeries WHERE Key = 'RCPT-2026'").SingleAsync());
    }

    private async Task<int> DeliveredOrderAsync()
    {
        var id = await IssuedOrderAsync();
        await Field.AdvanceAsync(id, FieldStage.HeadingThere);
        await Field.AdvanceAsync(id, FieldStage.OnSite);
        await Field.AdvanceAsync(id, FieldStage.Handover);
        Harness.Actor.Current = office;
        return id;
    }

    [Fact]
    public async Task A_delivered_bin_is_overdue_from_the_day_after_its_agreed_days_until_it_is_collected()
    {
        var order = await DeliveredOrderAsync();
        var rentals = Harness.Get<RentalPeriods>();

        Assert.Empty(await rentals.OverdueAsync(TestTime.Today.AddDays(7)));
        var overdue = Assert.Single(await rentals.OverdueAsync(TestTime.Today.AddDays(10)));
        Assert.Equal(("B-0001", order, TestTime.Today, TestTime.Today.AddDays(7), 3), (overdue.BinCode, overdue.OrderId, overdue.DeliveredOn, overdue.DueOn, overdue.DaysOver));

        var collection = await IssuedOrderAsync(DeliveryOrderKind.Collection);
        await Field.AdvanceAsync(collection, FieldStage.HeadingThere);
        await Field.AdvanceAsync(collection, FieldStage.OnSite);
        await Field.AdvanceAsync(collection, FieldStage.Handover);
        Assert.Empty(await rentals.OverdueAsync(TestTime.Today.AddDays(10)));
    }

    [Fact]
    public async Task A_collection_reminder_becomes_one_office_notification_when_due_however_often_the_job_runs()
    {
        var order = await DeliveredOrderAsync();
        var reminders = Harness.Get<CollectionReminders>();
        var today = await reminders.ScheduleAsync(order, ReminderTiming.Today, "Customer phoned: site is full");
        var endOfTerm = await reminders.ScheduleAsync(order, ReminderTiming.EndOfTerm, null);

        Assert.Equal((TestTime.Today, TestTime.Today.AddDays(7)), (today.RemindOn, endOfTerm.RemindOn));
        Assert.Equal(1, await reminders.RaiseDueAsync());
        Assert.Equal(0, await reminders.RaiseDueAsync());
        Harness.Clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(1, await reminders.RaiseDueAsync());
        Assert.Equal(0, await reminders.RaiseDueAsync());

        var notices = await Harness.Get<OfficeNotifications>().LatestAsync(10);
        Assert.Equal(2, notices.Count);
        Assert.Equal($"delivery-orders/{order}", notices[1].Link);
        Assert.Matches(@"^Collect the bin of DO-2026-00001 from Pembinaan Jaya Sdn Bhd, Lot 12, Jalan Industri 3, Klang: Customer phoned: site is full$", notices[1].Text);
    }

    private DeliveryOrderInput Draft(int? lorry = null, DateOnly? on = null) => new()
    {
        CustomerId = customer,
        ScheduledOn = on ?? TestTime.Today.AddDays(3),
        SiteAddress = "Lot 9, Jalan Perindustrian, Shah Alam",
        DriverId = danCrew,
        LorryId = lorry,
        BinId = bin,
        Lines = [new DeliveryOrderLineInput { Description = "Skip hire", Quantity = 1, Unit = "week", UnitPrice = 200m }],
    };

    [Fact]
    public async Task A_clashing_driver_lorry_or_bin_is_refused_with_every_reason_unless_an_admin_writes_why()
    {
        Harness.Actor.Current = office;
        var assets = Harness.Get<AssetService>();
        var lorry = await assets.CreateAsync(new AssetInput { Kind = AssetKind.Vehicle, Code = "WXY 1234" });
        await assets.SetDocumentAsync(lorry, "road tax", TestTime.Today.AddDays(2));
        await assets.MoveBinAsync(bin, 0, BinState.Repair, null, null, null, "Cracked floor");
        var day = TestTime.Today.AddDays(3);
        await Harness.Get<CrewService>().AddTimeOffAsync(danCrew, TestTime.Instant(day.ToDateTime(new TimeOnly(8, 0))), TestTime.Instant(day.ToDateTime(new TimeOnly(12, 0))), "Clinic");
        var orders = Harness.Get<DeliveryOrderService>();

        var refused = await Assert.ThrowsAsync<BookingOps.Domain.Scheduling.SchedulingConflictException>(() => orders.CreateAsync(Draft(lorry)));
        var staffReason = Draft(lorry);
        staffReason.OverrideReason = "Customer insists";
        var notAdmin = await Assert.ThrowsAsync<BusinessRuleException>(() => orders.CreateAsync(staffReason));
        Harness.Actor.Current = office with { IsAdmin = true };
        var id = await orders.CreateAsync(staffReason);

        Assert.Equal(
            [
                "Dan Hakim is off 24 Nov 08:00–24 Nov 12:00: Clinic.",
                "WXY 1234's road tax expires on 23 Nov 2026, before the job ends.",
                "B-0001 is in repair.",
            ],
            refused.Conflicts.Select(c => c.Message));
        Assert.Equal("Only an Admin can assign despite conflicts.", notAdmin.Message);
        Assert.Equal("Customer insists", (await OrderAsync(id)).OverrideReason);

        // Staff may still correct the order's notes: the Admin's go-ahead stands for the same driver, lorry, bin and day.
        Harness.Actor.Current = office;
        var corrected = DeliveryOrderInput.From(await OrderAsync(id));
        corrected.Notes = "Ring the bell twice";
        await orders.UpdateAsync(id, corrected);
        Assert.Equal(("Ring the bell twice", "Customer insists"), ((await OrderAsync(id)).Notes, (await OrderAsync(id)).OverrideReason));
    }

    [Fact]
    public async Task A_bin_promised_to_another_open_delivery_clashes_until_that_one_is_delivered()
    {
        var first = await IssuedOrderAsync();
        Harness.Actor.Current = office;
        var orders = Harness.Get<DeliveryOrderService>();

        var clash = await Assert.ThrowsAsync<BookingOps.Domain.Scheduling.SchedulingConflictException>(() => orders.CreateAsync(Draft()));
        Assert.Equal($"B-0001 is already on DO-2026-00001, to be delivered {TestTime.Today.ToString("d MMM", System.Globalization.CultureInfo.InvariantCulture)}.", Assert.Single(clash.Conflicts).Message);

        Harness.Actor.Current = dan;
        await Field.AdvanceAsync(first, FieldStage.HeadingThere);
        await Field.AdvanceAsync(first, FieldStage.OnSite);
        await Field.AdvanceAsync(first, FieldStage.Handover);
        Harness.Actor.Current = office;
        var collection = Draft();
        collection.Kind = DeliveryOrderKind.Collection;
        Assert.True(await orders.CreateAsync(collection) > 0);
    }

    [Fact]
    public async Task An_issued_order_takes_its_day_on_the_boards_of_its_driver_and_bin_showing_the_drivers_last_step()
    {
        var id = await IssuedOrderAsync();
        await Field.AdvanceAsync(id, FieldStage.HeadingThere);
        await Field.AdvanceAsync(id, FieldStage.OnSite);
        var boards = Harness.Get<BoardQuery>();

        var crew = await boards.GetAsync(TestTime.Today, 7);
        var equipment = await boards.GetAssetsAsync(TestTime.Today, 7);

        var job = Assert.Single(crew.Rows.Single(r => r.Id == danCrew).Days[TestTime.Today]);
        Assert.Equal(($"delivery-orders/{id}", "DO-2026-00001", "On site", true), (job.Link, job.Number, job.Role, job.AllDay));
        Assert.Empty(crew.Rows.Single(r => r.Id == danCrew).Days[TestTime.Today.AddDays(1)]);
        Assert.Equal(job, Assert.Single(equipment.Rows.Single(r => r.Id == bin).Days[TestTime.Today]));
    }

    [Fact]
    public async Task The_drivers_list_holds_late_orders_today_and_the_coming_week_but_not_further()
    {
        var orders = Harness.Get<DeliveryOrderService>();
        Harness.Actor.Current = office;
        async Task<int> IssuedOnAsync(int days)
        {
            var input = Draft(on: TestTime.Today.AddDays(days));
            input.BinId = null;
            var id = await orders.CreateAsync(input);
            await orders.IssueAsync(id, 0);
            return id;
        }

        var late = await IssuedOnAsync(-3);
        var nextWeek = await IssuedOnAsync(FieldWork.DaysAhead);
        await IssuedOnAsync(FieldWork.DaysAhead + 1);
        Harness.Actor.Current = dan;

        Assert.Equal([late, nextWeek], (await Field.MyOrdersAsync()).Select(o => o.Id));
    }

    [Fact]
    public async Task A_cancelled_order_takes_nothing_more_from_the_field_and_a_refused_photo_is_not_stored()
    {
        var id = await IssuedOrderAsync();
        Harness.Actor.Current = office;
        await Harness.Get<DeliveryOrderService>().CancelAsync(id, 1, "Customer postponed the works");
        Harness.Actor.Current = dan;

        var cash = await Assert.ThrowsAsync<BusinessRuleException>(() => Field.RecordCashAsync(id, new CashReceiptInput { Amount = 10m }));
        var photo = await Assert.ThrowsAsync<BusinessRuleException>(() => Field.AddPhotoAsync(id, "late", new MemoryStream(TestPhotos.Jpeg(64, 48))));

        Assert.Equal("This order is cancelled; nothing more can be added to it from the field.", cash.Message);
        Assert.Equal(cash.Message, photo.Message);
        Assert.Empty(Directory.Exists(Harness.FilesDirectory) ? Directory.GetFiles(Harness.FilesDirectory, "photo-*") : []);
    }

    [Fact]
    public async Task Voiding_an_orders_invoice_gives_the_order_back_to_invoice_again()
    {
        var id = await IssuedOrderAsync();
        Harness.Actor.Current = office with { IsAdmin = true };
        var invoices = Harness.Get<InvoiceService>();
        var invoiceId = await invoices.CreateForDeliveryOrderAsync(id, 1);
        await invoices.IssueAsync(invoiceId, 0);

        await invoices.VoidAsync(invoiceId, 1, "Wrong customer on the order");

        Assert.Equal(DeliveryOrderStatus.PendingInvoice, (await OrderAsync(id)).Status);
    }
}
