using System.Text.RegularExpressions;
using BookingOps.Domain.Accounts;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Customers;
using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.Fleet;
using BookingOps.Domain.Search;
using BookingOps.Domain.Setup;
using BookingOps.Tests.Infrastructure;

namespace BookingOps.Tests.Domain.Search;

/// <summary>
/// The search box's answers: how hits are ranked and grouped, phones typed any way, numbers by their start,
/// and who finds what: the office everything, a crew member only their own work.
/// </summary>
public sealed class SearchServiceTests : DomainTest
{
    private static readonly Actor Staff = new("staff-1", "siti@example.test", IsStaff: true);
    private static readonly Actor Owner = new("admin-1", "farid@example.test", IsAdmin: true);

    private Actor dan = default!;
    private Actor ravi = default!;
    private int chong;
    private int chongBooking;
    private int otherBooking;
    private string invoiceNumber = string.Empty;
    private int invoiceId;
    private string paymentReceipt = string.Empty;
    private int dansOrder;
    private int ravisOrder;
    private string dansReceipt = string.Empty;
    private string ravisReceipt = string.Empty;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Harness.Actor.Current = Owner;
        await Harness.Get<FirstRunSetup>().CompleteAsync(FirstRunSetupTests.ValidInput());
        var customers = Harness.Get<CustomerService>();
        await customers.CreateAsync(CustomerInputs.Valid(name: "Tan", phone: "+60 12-345 6789", email: "tan@mail.my", contact: null));
        await customers.CreateAsync(CustomerInputs.Valid(name: "Tanjung Events", phone: "03-5555 1234", email: "hello@tanjung.my", contact: null));
        await customers.CreateAsync(CustomerInputs.Valid(name: "Ahmad Tan", phone: "013-222 1111", email: null, contact: null));
        chong = await customers.CreateAsync(CustomerInputs.Valid(name: "Chong Weddings", phone: "+60 16-777 8888", email: "mei@chong.my", contact: "Mei Ling"));

        var bookings = Harness.Get<BookingService>();
        chongBooking = await bookings.CreateAsync(BookingInputs.Valid(chong));
        otherBooking = await bookings.CreateAsync(BookingInputs.Valid(chong, BookingInputs.ShowStart.AddDays(1)));
        var invoices = Harness.Get<InvoiceService>();
        invoiceId = await invoices.CreateForBookingAsync(chongBooking, InvoiceKind.Deposit);
        await invoices.IssueAsync(invoiceId, 0);
        invoiceNumber = (await Harness.Get<InvoiceDirectory>().FindAsync(invoiceId))!.Number!;
        paymentReceipt = (await Harness.Get<PaymentService>().RecordAsync(new PaymentInput
        {
            InvoiceId = invoiceId,
            Amount = 100m,
            Method = PaymentMethod.Online,
            ReceivedOn = Harness.Today,
            IdempotencyKey = Guid.NewGuid().ToString("N"),
        })).ReceiptNumber;

        int danCrew, raviCrew;
        (dan, danCrew) = await DriverAsync("Dan Hakim", "dan@example.test", "012-555 3000");
        (ravi, raviCrew) = await DriverAsync("Ravi Kumar", "ravi@example.test", "+60 19-444 2000");
        await Harness.Get<CrewAssignmentService>().AssignAsync(new AssignCrewInput { BookingId = chongBooking, CrewMemberId = danCrew, Role = CrewRoles.Driver, Fee = 120m }, actorIsAdmin: true);
        var assets = Harness.Get<AssetService>();
        await assets.CreateAsync(new AssetInput { Kind = AssetKind.Bin, Code = "B-0001", Size = "20 yd³", Area = "Klang" });
        await assets.CreateAsync(new AssetInput { Kind = AssetKind.Vehicle, Code = "BKT 1514" });

        dansOrder = await IssuedOrderAsync(danCrew);
        ravisOrder = await IssuedOrderAsync(raviCrew);
        dansReceipt = await CashAsync(dan, dansOrder);
        ravisReceipt = await CashAsync(ravi, ravisOrder);
        Harness.Actor.Current = Staff;
    }

    private async Task<(Actor Login, int CrewId)> DriverAsync(string name, string email, string phone)
    {
        var userId = await Harness.Get<UserAdministration>().CreateAsync(new NewUserInput { DisplayName = name, Email = email, Role = Roles.Crew, Password = "a long enough password" });
        var crewId = await Harness.Get<CrewService>().CreateAsync(new CrewMemberInput { UserId = userId, Name = name, Roles = [CrewRoles.Driver], Phone = phone });
        return (new Actor(userId, name), crewId);
    }

    private async Task<int> IssuedOrderAsync(int driver)
    {
        Harness.Actor.Current = Owner;
        var orders = Harness.Get<DeliveryOrderService>();
        var id = await orders.CreateAsync(new DeliveryOrderInput
        {
            CustomerId = chong,
            ScheduledOn = TestTime.Today,
            SiteAddress = "Lot 12, Jalan Industri 3, Klang",
            DriverId = driver,
            Lines = [new DeliveryOrderLineInput { Description = "Construction waste", Quantity = 1, Unit = "trip", UnitPrice = 350m }],
        });
        await orders.IssueAsync(id, 0);
        return id;
    }

    private async Task<string> CashAsync(Actor driver, int order)
    {
        Harness.Actor.Current = driver;
        return (await Harness.Get<FieldWork>().RecordCashAsync(order, new CashReceiptInput { Amount = 50m })).ReceiptNumber;
    }

    private Task<IReadOnlyList<SearchGroup>> SearchAsync(string text, Actor? who = null)
    {
        Harness.Actor.Current = who ?? Staff;
        return Harness.Get<SearchService>().SearchAsync(text);
    }

    private static IReadOnlyList<SearchHit> Hits(IReadOnlyList<SearchGroup> groups, SearchKind kind) =>
        groups.SingleOrDefault(g => g.Kind == kind)?.Hits ?? [];

    [Fact]
    public async Task A_whole_name_comes_before_names_starting_with_it_and_those_before_names_holding_it_as_a_word()
    {
        var customers = Hits(await SearchAsync("tan"), SearchKind.Customer);

        Assert.Equal(
            [("Tan", SearchMatch.Exact), ("Tanjung Events", SearchMatch.Prefix), ("Ahmad Tan", SearchMatch.Contains)],
            customers.Select(h => (h.Title, h.Match)));
        Assert.Equal("+60 12-345 6789 · tan@mail.my", customers[0].Subtitle);
        Assert.StartsWith("customers/", customers[0].Link, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("+60 16-777 8888")]
    [InlineData("016-777 8888")]
    [InlineData("0167778888")]
    [InlineData("60167778888")]
    [InlineData("(016) 777-8888")]
    public async Task A_phone_typed_with_or_without_spaces_dashes_or_the_country_code_finds_the_customer_and_their_documents(string typed)
    {
        var groups = await SearchAsync(typed);

        Assert.Equal(("Chong Weddings", SearchMatch.Exact), Hits(groups, SearchKind.Customer).Select(h => (h.Title, h.Match)).Single());
        Assert.Equal((invoiceNumber, $"invoices/{invoiceId}"), Hits(groups, SearchKind.Invoice).Select(h => (h.Title, h.Link)).Single());
        Assert.Equal(2, Hits(groups, SearchKind.Booking).Count);
        Assert.Equal(2, Hits(groups, SearchKind.DeliveryOrder).Count);
        Assert.Equal(new[] { paymentReceipt, dansReceipt, ravisReceipt }.Order(), Hits(groups, SearchKind.Receipt).Select(h => h.Title).Order());
    }

    [Fact]
    public async Task Part_of_a_phone_finds_by_its_start_ranked_below_a_whole_phone()
    {
        var groups = await SearchAsync("016-777");

        Assert.Equal(SearchMatch.Prefix, Hits(groups, SearchKind.Customer).Single().Match);
        Assert.All(Hits(groups, SearchKind.Invoice), h => Assert.Equal(SearchMatch.Prefix, h.Match));
        Assert.Equal("Ravi Kumar", Hits(await SearchAsync("019 444"), SearchKind.Crew).Single().Title);
        Assert.Equal("Dan Hakim", Hits(await SearchAsync("+60125553000"), SearchKind.Crew).Single().Title);
    }

    [Fact]
    public async Task Document_numbers_are_found_by_their_start_in_any_case_and_a_whole_number_puts_its_group_first()
    {
        var byStart = Hits(await SearchAsync("inv-2026"), SearchKind.Invoice);
        var whole = await SearchAsync(invoiceNumber.ToLowerInvariant());

        Assert.Equal((invoiceNumber, SearchMatch.Prefix), byStart.Select(h => (h.Title, h.Match)).Single());
        Assert.Equal(SearchKind.Invoice, whole[0].Kind);
        Assert.Equal(SearchMatch.Exact, whole[0].Hits.Single().Match);
        Assert.StartsWith("payments/", Hits(await SearchAsync(paymentReceipt), SearchKind.Receipt).Single().Link, StringComparison.Ordinal);
        Assert.Equal($"delivery-orders/{dansOrder}", Hits(await SearchAsync(dansReceipt), SearchKind.Receipt).Single().Link);
        Assert.Equal(2, Hits(await SearchAsync("BKG-2026"), SearchKind.Booking).Count);
        Assert.Equal(["BKT 1514"], Hits(await SearchAsync("bkt"), SearchKind.Asset).Select(h => h.Title));
        Assert.Equal([("BKT 1514", SearchMatch.Contains)], Hits(await SearchAsync("1514"), SearchKind.Asset).Select(h => (h.Title, h.Match)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_office_finds_every_kind_each_on_its_office_page(bool owner)
    {
        var who = owner ? Owner : Staff;
        var pages = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var text in new[] { "016-777 8888", "Dan", "B-0001" })
        {
            foreach (var group in await SearchAsync(text, who))
            {
                pages.UnionWith(group.Hits.Select(h => $"{group.Kind}: {h.Link.Split('/')[0]}"));
            }
        }

        Assert.Equal(
            [
                "Asset: assets", "Booking: bookings", "Crew: crew", "Customer: customers", "DeliveryOrder: delivery-orders",
                "Invoice: invoices", "Receipt: delivery-orders", "Receipt: payments",
            ],
            pages);
    }

    [Fact]
    public async Task A_crew_member_finds_only_their_own_jobs_orders_and_receipts_each_on_their_own_pages()
    {
        var byPhone = await SearchAsync("016-777 8888", dan);
        var bookings = await SearchAsync("bkg", dan);
        var receipts = await SearchAsync("rcpt", dan);

        Assert.Equal([SearchKind.DeliveryOrder], byPhone.Select(g => g.Kind));
        Assert.Equal($"driver/orders/{dansOrder}", byPhone[0].Hits.Single().Link);
        Assert.Equal(("my-work", SearchMatch.Prefix), bookings.Single(g => g.Kind == SearchKind.Booking).Hits.Select(h => (h.Link, h.Match)).Single());
        Assert.Equal([(dansReceipt, $"driver/orders/{dansOrder}")], receipts.Single().Hits.Select(h => (h.Title, h.Link)));
        Assert.Equal([ravisOrder], Hits(await SearchAsync("DO-2026", ravi), SearchKind.DeliveryOrder).Select(h => int.Parse(h.Link.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("Chong")]
    [InlineData("Ravi")]
    [InlineData("B-0001")]
    [InlineData("INV-2026")]
    [InlineData("mei@chong.my")]
    public async Task A_crew_member_never_finds_customers_invoices_other_crew_or_the_fleet(string text)
    {
        Assert.Empty(await SearchAsync(text, dan));
        Assert.NotEmpty(await SearchAsync(text, Staff));
    }

    [Fact]
    public async Task A_login_neither_in_the_office_nor_linked_to_a_crew_member_finds_nothing()
    {
        Assert.Empty(await SearchAsync("016-777 8888", new Actor("someone", "someone@example.test")));
        Assert.Empty(await SearchAsync("016-777 8888", Actor.System));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  t ")]
    [InlineData(null)]
    public async Task Less_than_two_characters_finds_nothing(string? text)
    {
        Assert.Empty(await Harness.Get<SearchService>().SearchAsync(text));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("tan*")]
    [InlineData("NOT tan")]
    [InlineData("a OR b")]
    [InlineData("(tan")]
    [InlineData("50%_")]
    [InlineData("-^:")]
    public async Task Search_syntax_typed_by_a_user_is_read_as_plain_text(string text)
    {
        var groups = await SearchAsync(text);

        Assert.All(groups, g => Assert.InRange(g.Hits.Count, 1, SearchService.HitsPerKind));
    }

    [Fact]
    public async Task Each_kind_lists_at_most_the_hits_asked_for()
    {
        var customers = Harness.Get<CustomerService>();
        for (var i = 0; i < 8; i++)
        {
            await customers.CreateAsync(CustomerInputs.Valid(name: $"Tanah Merah {i}", phone: $"017-100 00{i:D2}", email: null, contact: null));
        }

        Assert.Equal(SearchService.HitsPerKind, Hits(await SearchAsync("tan"), SearchKind.Customer).Count);
        Assert.Equal(["Tan", "Tanah Merah 0", "Tanah Merah 1"], Hits(await Harness.Get<SearchService>().SearchAsync("tan", perKind: 3), SearchKind.Customer).Select(h => h.Title));
    }

    [Theory]
    [InlineData("016-777 8888", false)]
    [InlineData("016", false)]
    [InlineData("INV-2026", false)]
    [InlineData("rcpt-2026-0", false)]
    [InlineData("tan", false)]
    [InlineData("sdn bhd", false)]
    [InlineData("016-777 8888", true)]
    [InlineData("DO-2026", true)]
    [InlineData("BKG-2026", true)]
    [InlineData("RCPT", true)]
    public async Task No_search_reads_a_whole_table_of_customers_or_documents(string text, bool asDriver)
    {
        Harness.Actor.Current = asDriver ? dan : Staff;

        var plan = await Harness.Get<SearchService>().ExplainAsync(text);

        // Crew and assets are few and searched anywhere in a name or code; every other read starts from an index.
        // (With no statistics gathered, SQLite plans the same on these few rows as on five years of them.)
        var reads = plan.Where(line => !line.StartsWith("Crew:", StringComparison.Ordinal) && !line.StartsWith("Asset:", StringComparison.Ordinal)).ToList();
        var subqueries = reads.Select(line => Regex.Match(line, @"(?:CO-ROUTINE|MATERIALIZE) (\S+)")).Where(m => m.Success).Select(m => m.Groups[1].Value).ToHashSet();
        var scans = reads.Where(line => !line.Contains("VIRTUAL TABLE INDEX", StringComparison.Ordinal)).Select(line => Regex.Match(line, @"\bSCAN (\S+)")).Where(m => m.Success);
        Assert.NotEmpty(reads);
        Assert.All(scans, scan => Assert.Contains(scan.Groups[1].Value, subqueries));
    }

    [Fact]
    public async Task A_drivers_phone_search_goes_from_the_customers_to_their_orders_not_through_all_of_the_drivers()
    {
        Harness.Actor.Current = dan;

        var plan = await Harness.Get<SearchService>().ExplainAsync("016-777 8888");

        Assert.Contains(plan, line => line.Contains("IX_DeliveryOrders_CustomerId_ScheduledOn", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.Contains("IX_DeliveryOrders_DriverId_ScheduledOn", StringComparison.Ordinal));
    }
}
