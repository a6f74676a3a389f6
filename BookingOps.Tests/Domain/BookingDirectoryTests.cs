using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Setup;
using BookingOps.Tests.Infrastructure;

namespace BookingOps.Tests.Domain;

public sealed class BookingDirectoryTests : DomainTest
{
    private int tan;
    private int bina;
    private int early;
    private int middle;
    private int late;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Harness.Get<FirstRunSetup>().CompleteAsync(FirstRunSetupTests.ValidInput());
        tan = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Tan Events", phone: "012-111 1111"));
        bina = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Bina Jaya", phone: "013-222 2222"));
        var service = Harness.Get<BookingService>();
        early = await service.CreateAsync(WithArea(BookingInputs.Valid(tan, new DateTime(2026, 12, 1, 9, 0, 0)), "Klang"));
        middle = await service.CreateAsync(WithArea(BookingInputs.Valid(bina, new DateTime(2026, 12, 10, 9, 0, 0)), "Shah Alam"));
        late = await service.CreateAsync(WithArea(BookingInputs.Valid(tan, new DateTime(2026, 12, 20, 9, 0, 0)), "Shah Alam"));
        await service.ConfirmAsync(middle, 0);
    }

    private static BookingInput WithArea(BookingInput input, string area)
    {
        input.Area = area;
        return input;
    }

    private static DateTimeOffset Utc(int month, int day, int hour = 0) => new(2026, month, day, hour, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Filters_combine_in_sql_and_list_by_start()
    {
        var directory = Harness.Get<BookingDirectory>();

        Assert.Equal([early, middle, late], (await directory.ListAsync(new BookingListQuery())).Items.Select(b => b.Id));
        Assert.Equal([middle], (await directory.ListAsync(new BookingListQuery(Status: BookingStatus.Confirmed))).Items.Select(b => b.Id));
        Assert.Equal([middle, late], (await directory.ListAsync(new BookingListQuery(Area: "shah alam"))).Items.Select(b => b.Id));
        Assert.Equal([early, late], (await directory.ListAsync(new BookingListQuery(CustomerId: tan))).Items.Select(b => b.Id));
        Assert.Equal([middle], (await directory.ListAsync(new BookingListQuery(From: Utc(12, 5), To: Utc(12, 15)))).Items.Select(b => b.Id));
        Assert.Equal([late], (await directory.ListAsync(new BookingListQuery(Search: "BKG-2026-00003"))).Items.Select(b => b.Id));
        Assert.Equal([middle], (await directory.ListAsync(new BookingListQuery(Search: "bina"))).Items.Select(b => b.Id));
        Assert.Equal([middle], (await directory.ListAsync(new BookingListQuery(Search: "013-222"))).Items.Select(b => b.Id));
        var newestFirst = await directory.ListAsync(new BookingListQuery(Page: new PageRequest(0, 2, Descending: true)));
        Assert.Equal(3, newestFirst.TotalCount);
        Assert.Equal([late, middle], newestFirst.Items.Select(b => b.Id));
    }

    [Fact]
    public async Task A_range_finds_bookings_that_overlap_it_even_if_they_started_before()
    {
        // The early booking runs 1 Dec 01:00–05:00 UTC.
        var directory = Harness.Get<BookingDirectory>();

        var overlapping = await directory.ListAsync(new BookingListQuery(From: Utc(12, 1, 3), To: Utc(12, 1, 4)));
        var touchingEnd = await directory.ListAsync(new BookingListQuery(From: Utc(12, 1, 5), To: Utc(12, 1, 6)));

        Assert.Equal([early], overlapping.Items.Select(b => b.Id));
        Assert.Empty(touchingEnd.Items);
    }
}
