using BookingOps.Domain.Bookings;
using BookingOps.Domain.Calendar;
using BookingOps.Domain.Common;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Setup;
using BookingOps.Tests.Infrastructure;

namespace BookingOps.Tests.Domain;

public sealed class CalendarQueryTests : DomainTest
{
    private int customer;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Harness.Get<FirstRunSetup>().CompleteAsync(FirstRunSetupTests.ValidInput());
        customer = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "陈伟明 Trading"));
    }

    private Task<int> BookAsync(DateTime start) => Harness.Get<BookingService>().CreateAsync(BookingInputs.Valid(customer, start));

    [Fact]
    public async Task Entries_are_the_bookings_overlapping_the_days_in_business_time_without_cancelled_ones()
    {
        var service = Harness.Get<BookingService>();
        var day = TestTime.Today.AddDays(10);
        var lateNight = await BookAsync(day.AddDays(-1).ToDateTime(new TimeOnly(22, 0)));
        var morning = await BookAsync(day.ToDateTime(new TimeOnly(9, 30)));
        var cancelled = await BookAsync(day.ToDateTime(new TimeOnly(14, 0)));
        await BookAsync(day.AddDays(1).ToDateTime(new TimeOnly(0, 0)));
        await service.CancelAsync(cancelled, 0, "Client cancelled");

        var entries = await Harness.Get<CalendarQuery>().EntriesAsync(day, day.AddDays(1));

        Assert.Equal([lateNight, morning], entries.Select(e => e.BookingId));
        var first = entries[0];
        Assert.Equal((day.AddDays(-1).ToDateTime(new TimeOnly(22, 0)), day.ToDateTime(new TimeOnly(2, 0))), (first.Start, first.End));
        Assert.Equal("陈伟明 Trading", first.CustomerName);
        Assert.Equal(BookingStatus.Tentative, first.Status);
        Assert.True(first.SpansDays);
        Assert.Equal("09:30 BKG-2026-00002 · 陈伟明 Trading", entries[1].Text);
    }

    [Fact]
    public async Task The_query_reads_bookings_through_the_start_time_index()
    {
        var plan = await Harness.Get<CalendarQuery>().ExplainAsync(TestTime.Today, TestTime.Today.AddDays(42));

        Assert.Contains(plan, step => step.Contains("INDEX", StringComparison.Ordinal) && step.Contains("StartsAt", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN b", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Moving_keeps_the_length_and_a_move_based_on_an_old_version_is_refused()
    {
        var id = await BookAsync(BookingInputs.ShowStart);
        var service = Harness.Get<BookingService>();
        var query = Harness.Get<CalendarQuery>();
        var shown = (await query.EntriesAsync(TestTime.Today, TestTime.Today.AddDays(42))).Single();

        await service.MoveAsync(id, shown.Version, BookingInputs.ShowStart.AddDays(2).AddHours(-1));

        var moved = (await query.EntriesAsync(TestTime.Today, TestTime.Today.AddDays(42))).Single();
        Assert.Equal((BookingInputs.ShowStart.AddDays(2).AddHours(-1), BookingInputs.ShowStart.AddDays(2).AddHours(3)), (moved.Start, moved.End));
        var stale = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => service.MoveAsync(id, shown.Version, BookingInputs.ShowStart));
        Assert.Contains("Someone else changed this booking", stale.Message, StringComparison.Ordinal);
        Assert.Equal(moved, (await query.EntriesAsync(TestTime.Today, TestTime.Today.AddDays(42))).Single());
    }

    [Fact]
    public async Task Moving_a_booking_that_no_longer_exists_says_so()
    {
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => Harness.Get<BookingService>().MoveAsync(999, 0, BookingInputs.ShowStart));

        Assert.Equal("This booking no longer exists.", refused.Message);
    }
}
