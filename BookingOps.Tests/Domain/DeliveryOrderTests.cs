using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Customers;
using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.Fleet;
using BookingOps.Domain.Setup;
using BookingOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Tests.Domain;

public sealed class DeliveryOrderTests : DomainTest
{
    private int customer;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Harness.Get<FirstRunSetup>().CompleteAsync(FirstRunSetupTests.ValidInput());
        customer = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Pembinaan Jaya Sdn Bhd"));
    }

    private DeliveryOrderInput Order(string? series = null, string? page = null) => new()
    {
        CustomerId = customer,
        ScheduledOn = TestTime.Today.AddDays(2),
        SiteAddress = "Lot 12, Jalan Industri 3, Klang",
        Area = "Klang",
        BookSeries = series,
        BookNumber = page,
        BinSize = "20 yd³",
        Lines = [new DeliveryOrderLineInput { Description = "Construction waste", Quantity = 2, Unit = "trip", UnitPrice = 350m }],
    };

    private DeliveryOrderService Service => Harness.Get<DeliveryOrderService>();

    private async Task<DeliveryOrder> FindAsync(int id)
    {
        await using var db = Harness.Db();
        return await db.DeliveryOrders.AsNoTracking().SingleAsync(o => o.Id == id);
    }

    [Fact]
    public async Task An_order_goes_from_draft_through_issue_and_invoice_to_closed_numbered_when_issued()
    {
        var id = await Service.CreateAsync(Order());
        var draft = await FindAsync(id);
        Assert.Equal((null, DeliveryOrderStatus.Draft, 700m), (draft.Number, draft.Status, draft.Total));

        await Service.IssueAsync(id, 0);
        var issued = await FindAsync(id);
        Assert.Equal(("DO-2026-00001", DeliveryOrderStatus.Issued, TestTime.Today), (issued.Number, issued.Status, issued.IssuedOn));

        await Service.AwaitInvoiceAsync(id, 1);
        Assert.Equal(DeliveryOrderStatus.PendingInvoice, (await FindAsync(id)).Status);
        Assert.Equal([DeliveryOrderStatus.Invoiced, DeliveryOrderStatus.Cancelled], (await FindAsync(id)).NextSteps);
    }

    [Fact]
    public async Task An_illegal_step_is_refused_with_a_message_and_nothing_is_saved()
    {
        var id = await Service.CreateAsync(Order());

        var closing = await Assert.ThrowsAsync<BusinessRuleException>(() => Service.CloseAsync(id, 0));
        var pending = await Assert.ThrowsAsync<BusinessRuleException>(() => Service.AwaitInvoiceAsync(id, 0));
        await Service.CancelAsync(id, 0, "Customer found another contractor");
        var reissue = await Assert.ThrowsAsync<BusinessRuleException>(() => Service.IssueAsync(id, 1));

        Assert.Equal("An order that is draft cannot be closed.", closing.Message);
        Assert.Equal("An order that is draft cannot be marked done.", pending.Message);
        Assert.Equal("An order that is cancelled cannot be issued.", reissue.Message);
        var cancelled = await FindAsync(id);
        Assert.Equal((DeliveryOrderStatus.Cancelled, null, "Customer found another contractor"), (cancelled.Status, cancelled.Number, cancelled.CancellationReason));
        await using var db = Harness.Db();
        Assert.Empty(await db.Database.SqlQuery<int>($"SELECT LastNumber AS Value FROM NumberSeries WHERE Key = 'DO-2026'").ToListAsync());
    }

    [Fact]
    public async Task Cancelling_needs_a_reason_and_an_order_needs_a_line_to_be_issued()
    {
        var id = await Service.CreateAsync(Order());
        var empty = Order();
        empty.Lines = [];
        var emptyId = await Service.CreateAsync(empty);

        var noReason = await Assert.ThrowsAsync<DomainValidationException>(() => Service.CancelAsync(id, 0, "  "));
        var noLines = await Assert.ThrowsAsync<DomainValidationException>(() => Service.IssueAsync(emptyId, 0));

        Assert.Equal(["Give the reason for cancelling."], noReason.Errors["Reason"]);
        Assert.Equal(["Add at least one line before issuing the order."], noLines.Errors["Lines"]);
        Assert.Equal(DeliveryOrderStatus.Draft, (await FindAsync(id)).Status);
    }

    [Fact]
    public async Task Orders_issued_at_once_get_consecutive_numbers_without_gaps_or_duplicates()
    {
        var drafts = new List<int>();
        for (var i = 0; i < 12; i++)
        {
            drafts.Add(await Service.CreateAsync(Order()));
        }

        // Every third fails after taking its number (a stale version), which must not leave a gap.
        await Task.WhenAll(drafts.Select((id, i) => Task.Run(async () =>
        {
            try
            {
                await Harness.Get<DeliveryOrderService>().IssueAsync(id, i % 3 == 0 ? 99 : 0);
            }
            catch (ConcurrencyConflictException)
            {
            }
        })));

        await using var db = Harness.Db();
        var numbers = await db.DeliveryOrders.Where(o => o.Number != null).OrderBy(o => o.Number).Select(o => o.Number).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 8).Select(n => $"DO-2026-{n:D5}"), numbers);
    }

    [Fact]
    public async Task A_page_of_the_paper_book_is_used_once_per_series_and_said_beside_the_book_number()
    {
        var first = await Service.CreateAsync(Order("a", "0457"));
        await Service.CreateAsync(Order("B", "0457"));

        var taken = await Assert.ThrowsAsync<DomainValidationException>(() => Service.CreateAsync(Order("A ", "0457")));
        var half = Order("A", null);

        Assert.Equal(["Book A page 0457 is already on another order."], taken.Errors["BookNumber"]);
        Assert.Equal(["Give the book's series and the page's number together."], InputValidation.Collect(half)["BookNumber"]);
        var again = Order("A", "0457");
        again.Version = 0;
        await Service.UpdateAsync(first, again);
        Assert.Equal(("A", "0457"), ((await FindAsync(first)).BookSeries, (await FindAsync(first)).BookNumber));
    }

    [Fact]
    public async Task The_driver_must_drive_the_lorry_must_be_a_vehicle_and_the_bin_a_bin()
    {
        var crew = Harness.Get<CrewService>();
        var dancer = await crew.CreateAsync(new CrewMemberInput { Name = "Aina", Roles = ["dancer"], Phone = "012-555 2001" });
        var driver = await crew.CreateAsync(new CrewMemberInput { Name = "Dan", Roles = [CrewRoles.Driver], Phone = "012-555 2002" });
        var assets = Harness.Get<AssetService>();
        var lorry = await assets.CreateAsync(new AssetInput { Kind = AssetKind.Vehicle, Code = "WXY 1234" });
        var bin = await assets.CreateAsync(new AssetInput { Kind = AssetKind.Bin, Code = "B-0001", Size = "20 yd³" });
        var wrong = Order();
        (wrong.DriverId, wrong.LorryId, wrong.BinId) = (dancer, bin, lorry);

        var refused = await Assert.ThrowsAsync<DomainValidationException>(() => Service.CreateAsync(wrong));
        var right = Order();
        (right.DriverId, right.LorryId, right.BinId) = (driver, lorry, bin);
        var id = await Service.CreateAsync(right);

        Assert.Equal(["BinId", "DriverId", "LorryId"], refused.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((driver, lorry, bin), ((await FindAsync(id)).DriverId, (await FindAsync(id)).LorryId, (await FindAsync(id)).BinId));
    }

    [Fact]
    public async Task Only_an_admin_changes_the_work_item_catalogue_and_names_are_unique()
    {
        var catalogue = Harness.Get<WorkItemCatalogue>();
        var item = new WorkItemInput { Name = "Construction waste", Unit = "trip", DefaultPrice = 350m };

        await Assert.ThrowsAsync<BusinessRuleException>(() => catalogue.AddAsync(item));
        Harness.Actor.Current = Harness.Actor.Current with { IsAdmin = true };
        var id = await catalogue.AddAsync(item);
        var duplicate = await Assert.ThrowsAsync<DomainValidationException>(() => catalogue.AddAsync(new WorkItemInput { Name = "construction WASTE ", Unit = "tonne" }));
        await catalogue.UpdateAsync(id, new WorkItemInput { Name = "Construction waste", Unit = "trip", DefaultPrice = 380m, IsActive = false });

        Assert.Equal(["The catalogue already has an item with this name."], duplicate.Errors["Name"]);
        Assert.Empty(await catalogue.ActiveAsync());
    }

    [Fact]
    public async Task The_list_filters_by_status_date_area_and_finds_by_do_number_book_number_or_customer_phone()
    {
        var other = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Kedai Runcit Ali", phone: "019-876 5432"));
        var klang = await Service.CreateAsync(Order("A", "0457"));
        var later = Order("A", "0458");
        (later.ScheduledOn, later.Area, later.CustomerId) = (TestTime.Today.AddDays(9), "Shah Alam", other);
        var shahAlam = await Service.CreateAsync(later);
        await Service.IssueAsync(shahAlam, 0);
        var directory = Harness.Get<DeliveryOrderDirectory>();

        async Task<IEnumerable<int>> Ids(DeliveryOrderListQuery query) => (await directory.ListAsync(query)).Items.Select(o => o.Id);

        Assert.Equal([shahAlam, klang], await Ids(new DeliveryOrderListQuery()));
        Assert.Equal([shahAlam], await Ids(new DeliveryOrderListQuery(Status: DeliveryOrderStatus.Issued)));
        Assert.Equal([klang], await Ids(new DeliveryOrderListQuery(To: TestTime.Today.AddDays(5))));
        Assert.Equal([shahAlam], await Ids(new DeliveryOrderListQuery(Area: "shah alam")));
        Assert.Equal([shahAlam], await Ids(new DeliveryOrderListQuery(Search: "do-2026-0000")));
        Assert.Equal([klang], await Ids(new DeliveryOrderListQuery(Search: "0457")));
        Assert.Equal([shahAlam], await Ids(new DeliveryOrderListQuery(Search: "019-876")));
        var first = (await directory.ListAsync(new DeliveryOrderListQuery(Page: new PageRequest(Take: 1)))).Items.Single();
        Assert.Equal(("Kedai Runcit Ali", "DO-2026-00001", 700m), (first.CustomerName, first.Number, first.Total));
    }
}
