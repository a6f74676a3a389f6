using BookingOps.Domain.Bookings;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Reports;
using BookingOps.Domain.Setup;
using BookingOps.Tests.Infrastructure;

namespace BookingOps.Tests.Domain.Reports;

public sealed class BookingsReportTests : DomainTest
{
    /// <summary>
    /// November (business time): a wedding at 00:30 on the 1st, completed; another on the 10th, cancelled; a lion
    /// dance on the 20th, confirmed. A wedding at 23:30 on 31 October belongs to October.
    /// </summary>
    [Fact]
    public async Task Bookings_count_by_status_and_service_type_in_the_business_days_of_the_range()
    {
        await Harness.Get<FirstRunSetup>().CompleteAsync(FirstRunSetupTests.ValidInput());
        var customer = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid());
        var bookings = Harness.Get<BookingService>();
        var done = await bookings.CreateAsync(BookingInputs.Valid(customer, new DateTime(2026, 11, 1, 0, 30, 0)));
        await bookings.ConfirmAsync(done, 0);
        await bookings.StartAsync(done, 1);
        await bookings.CompleteAsync(done, 2);
        var cancelled = await bookings.CreateAsync(BookingInputs.Valid(customer, new DateTime(2026, 11, 10, 19, 0, 0)));
        await bookings.CancelAsync(cancelled, 0, "The couple postponed");
        var lionDance = BookingInputs.Valid(customer, new DateTime(2026, 11, 20, 19, 0, 0));
        lionDance.ServiceType = "Lion dance";
        await bookings.ConfirmAsync(await bookings.CreateAsync(lionDance), 0);
        await bookings.CreateAsync(BookingInputs.Valid(customer, new DateTime(2026, 10, 31, 23, 30, 0)));

        var report = await Harness.Get<BookingsQuery>().RunAsync(new ReportPeriod(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)));

        Assert.Equal((0, 1, 1, 1, 3), (report.ByStatus[BookingStatus.Tentative], report.ByStatus[BookingStatus.Confirmed], report.ByStatus[BookingStatus.Completed], report.ByStatus[BookingStatus.Cancelled], report.Total));
        Assert.Equal(
            [("Wedding dance show", 2, 1, 1, 2_650m, (decimal?)100m), ("Lion dance", 1, 0, 0, 2_650m, 0m)],
            report.ByServiceType.Select(s => (s.ServiceType, s.Bookings, s.Completed, s.Cancelled, s.Value, s.CompletionPercent)));
        Assert.Equal(5_300m, report.Value);
    }
}
