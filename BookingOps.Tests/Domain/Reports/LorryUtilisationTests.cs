using BookingOps.Domain.Common;
using BookingOps.Domain.Reports;

namespace BookingOps.Tests.Domain.Reports;

/// <summary>The week of <see cref="DeliveryWeekTest"/> by lorry; the retired OLD 0001 did nothing and is left out.</summary>
public sealed class LorryUtilisationTests : DeliveryWeekTest
{
    /// <summary>
    /// WXY 1234: trips on 21 Nov (1 h 30), 25 Nov (2 h 15) and 30 Nov at 23:30 (20 min), not the one at 00:10 on
    /// 1 Dec; orders First and Slow (Failed was cancelled, Next is December's); used on the 21st, 24th, 25th and
    /// 30th. BKR 5678: one trip that logged no arrival, one order, both on the 23rd; booked 27-29 Nov and 30 Nov.
    /// </summary>
    [Fact]
    public async Task Each_lorry_has_its_trips_hours_orders_days_used_out_of_the_range_and_days_booked()
    {
        var report = Harness.Get<LorryUtilisation>();
        var lorries = await report.PageAsync(new ReportFilter(November), sort: null, new PageRequest());
        var totals = await report.TypedTotalsAsync(new ReportFilter(November));

        Assert.Equal(
            [
                ("BKR 5678 (hired)", 1, 0m, 1, 1, (decimal?)3.3m, 4),
                ("WXY 1234", 3, 4.1m, 2, 4, 13.3m, 0),
            ],
            lorries.Items.Select(Figures));
        Assert.Equal(("Total", 4, 4.1m, 3, 5, (decimal?)8.3m, 4), Figures(totals!));
    }

    [Fact]
    public async Task A_row_opens_its_lorry_and_hours_read_to_a_decimal()
    {
        var report = Harness.Get<LorryUtilisation>();
        var view = await report.ViewAsync(new ReportFilter(November), ReportSort.Parse("-hours"), new PageRequest());

        Assert.Equal([$"assets/{OwnLorry}", $"assets/{HiredLorry}"], view.Rows.Select(r => r.Link));
        Assert.Equal(["4.1", "0.0"], view.Rows.Select(r => ReportCells.Format(r.Cells[2], CellKind.Quantity, view.Currency)));
    }

    [Fact]
    public async Task December_has_the_trip_after_midnight_and_the_last_booked_day()
    {
        var december = new ReportPeriod(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31));

        var lorries = await Harness.Get<LorryUtilisation>().PageAsync(new ReportFilter(december), sort: null, new PageRequest());

        Assert.Equal(
            [
                ("BKR 5678 (hired)", 0, 0m, 0, 0, (decimal?)0m, 1),
                ("WXY 1234", 1, 0.8m, 1, 1, 3.2m, 0),
            ],
            lorries.Items.Select(Figures));
    }

    private static (string, int, decimal, int, int, decimal?, int) Figures(LorryRow row) =>
        (row.Lorry, row.Trips, row.Hours, row.Orders, row.DaysUsed, row.UtilisationPercent, row.BookedDays);
}
