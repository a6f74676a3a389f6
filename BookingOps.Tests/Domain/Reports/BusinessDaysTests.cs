using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Reports;
using BookingOps.Domain.Settings;
using BookingOps.Domain.Setup;
using BookingOps.Tests.Infrastructure;

namespace BookingOps.Tests.Domain.Reports;

/// <summary>
/// A business in London, where the clocks go back an hour at 02:00 on Sunday 25 October 2026 (a 25-hour day): the
/// SQL that tells an instant's business day must not count that day's last hour as Monday. Bookings end (London
/// time) Sat 24 Oct 23:30, Sun 25 Oct 23:30, Mon 26 Oct 00:10, Sat 31 Oct 23:30 and Sun 1 Nov 00:10.
/// </summary>
public sealed class BusinessDaysTests : DomainTest
{
    private static readonly ReportPeriod October = new(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31));

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var setup = FirstRunSetupTests.ValidInput();
        setup.Business.TimeZoneId = "Europe/London";
        await Harness.Get<FirstRunSetup>().CompleteAsync(setup);
        var customer = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid());
        foreach (var end in new DateTime[] { new(2026, 10, 24, 23, 30, 0), new(2026, 10, 25, 23, 30, 0), new(2026, 10, 26, 0, 10, 0), new(2026, 10, 31, 23, 30, 0), new(2026, 11, 1, 0, 10, 0) })
        {
            var input = BookingInputs.Valid(customer, end.AddHours(-3));
            input.End = end;
            await Harness.Get<BookingService>().CreateAsync(input);
        }
    }

    [Fact]
    public async Task The_day_the_clocks_go_back_is_cut_apart_so_its_last_hour_stays_on_sunday()
    {
        var days = await BusinessDays.OfAsync(Harness.Get<BusinessCalendar>(), October);

        Assert.Equal([new DateOnly(2026, 10, 1).DayNumber, new DateOnly(2026, 10, 25).DayNumber, new DateOnly(2026, 10, 26).DayNumber], days.StretchFirstDays);
        Assert.Equal([true, false, true], days.StretchRegular);
        Assert.Equal((new DateTimeOffset(2026, 9, 30, 23, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero)), (days.From, days.To));
    }

    [Fact]
    public async Task Bookings_count_on_the_london_day_they_end_around_the_change_and_at_the_end_of_the_range()
    {
        var report = Harness.Get<JobCompletion>();
        var october = await report.PageAsync(new ReportFilter(October), sort: null, new PageRequest(Take: 31));

        Assert.Equal(
            [("Sat 24 Oct 2026", 1), ("Sun 25 Oct 2026", 1), ("Mon 26 Oct 2026", 1), ("Sat 31 Oct 2026", 1)],
            october.Items.Where(d => d.Ending > 0).Select(d => (d.Period, d.Ending)));
    }
}
