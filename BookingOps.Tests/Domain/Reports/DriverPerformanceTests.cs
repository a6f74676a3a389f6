using BookingOps.Domain.Common;
using BookingOps.Domain.Reports;

namespace BookingOps.Tests.Domain.Reports;

/// <summary>The week of <see cref="DeliveryWeekTest"/> by driver: only the orders scheduled in November count.</summary>
public sealed class DriverPerformanceTests : DeliveryWeekTest
{
    /// <summary>
    /// Dan: Late (done by the office), First (done on its day), Failed (a problem, cancelled), Slow (done a day late)
    /// and Draft; his cash on Next (scheduled in December) and its trips are not counted. Ravi: one order, done on its day.
    /// </summary>
    [Fact]
    public async Task Each_driver_has_their_orders_problems_trips_cash_and_the_share_done_on_the_scheduled_day()
    {
        var report = Harness.Get<DriverPerformance>();
        var drivers = await report.PageAsync(new ReportFilter(November), sort: null, new PageRequest());
        var totals = await report.TypedTotalsAsync(new ReportFilter(November));

        Assert.Equal(
            [
                ("Dan Hakim", 5, 3, 1, 1, 2, 1_230m, 1_380m, (decimal?)50m),
                ("Ravi Kumar", 1, 1, 0, 0, 1, 200m, 420m, 100m),
            ],
            drivers.Items.Select(Figures));
        Assert.Equal(("Total", 6, 4, 1, 1, 3, 1_430m, 1_800m, (decimal?)66.7m), Figures(totals!));
    }

    [Fact]
    public async Task A_row_opens_its_crew_member_and_the_rows_sort_by_value()
    {
        var report = Harness.Get<DriverPerformance>();
        var view = await report.ViewAsync(new ReportFilter(November), ReportSort.Parse("value"), new PageRequest());

        Assert.Equal(["Ravi Kumar", "Dan Hakim"], view.Rows.Select(r => r.Cells[0]));
        Assert.Equal([$"crew/{Ravi}/edit", $"crew/{Dan}/edit"], view.Rows.Select(r => r.Link));
        Assert.Null(view.Totals!.Link);
    }

    [Fact]
    public async Task A_range_without_orders_has_no_drivers()
    {
        var october = new ReportPeriod(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31));

        var drivers = await Harness.Get<DriverPerformance>().PageAsync(new ReportFilter(october), sort: null, new PageRequest());

        Assert.Equal(0, drivers.TotalCount);
    }

    private static (string, int, int, int, int, int, decimal, decimal, decimal?) Figures(DriverRow row) =>
        (row.Driver, row.Orders, row.Done, row.Cancelled, row.Problems, row.Trips, row.Cash, row.Value, row.OnTheDayPercent);
}
