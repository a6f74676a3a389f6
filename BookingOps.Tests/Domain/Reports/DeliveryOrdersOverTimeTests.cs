using BookingOps.Domain.Common;
using BookingOps.Domain.Reports;

namespace BookingOps.Tests.Domain.Reports;

/// <summary>The week of <see cref="DeliveryWeekTest"/> by scheduled day, for everyone, for Dan alone and for Klang by week.</summary>
public sealed class DeliveryOrdersOverTimeTests : DeliveryWeekTest
{
    [Fact]
    public async Task Each_day_counts_its_orders_value_and_weight_without_the_cancelled_one_and_the_cash_taken_that_day()
    {
        var report = Harness.Get<DeliveryOrdersOverTime>();
        var days = await report.PageAsync(new ReportFilter(November), sort: null, new PageRequest(Take: 31));
        var totals = await report.TypedTotalsAsync(new ReportFilter(November));

        Assert.Equal(30, days.TotalCount);
        Assert.Equal(("Fri 20 Nov 2026", 1, 1, 0, 0, 280m, 0m, 0m), Figures(days.Items[19]));
        Assert.Equal(("Sat 21 Nov 2026", 2, 1, 1, 0, 350m, 630m, 1_200.5m), Figures(days.Items[20]));
        Assert.Equal(("Mon 23 Nov 2026", 1, 1, 0, 0, 420m, 200m, 2_000m), Figures(days.Items[22]));
        Assert.Equal(("Tue 24 Nov 2026", 1, 1, 0, 0, 600m, 0m, 0m), Figures(days.Items[23]));
        Assert.Equal(("Wed 25 Nov 2026", 0, 0, 0, 0, 0m, 600m, 0m), Figures(days.Items[24]));
        Assert.Equal(("Mon 30 Nov 2026", 1, 0, 0, 1, 150m, 100m, 0m), Figures(days.Items[29]));
        Assert.Equal(("Total", 6, 4, 1, 1, 1_800m, 1_530m, 3_200.5m), Figures(totals!));
    }

    [Fact]
    public async Task A_driver_sees_only_their_orders_and_cash_and_an_area_only_its_own_by_week()
    {
        var report = Harness.Get<DeliveryOrdersOverTime>();
        var dan = new ReportFilter(November, DriverId: Dan);
        var dansDays = await report.PageAsync(dan, sort: null, new PageRequest(Take: 31));
        var dansTotals = await report.TypedTotalsAsync(dan);
        var klang = await report.PageAsync(new ReportFilter(November, Granularity.Week, Area: "Klang"), sort: null, new PageRequest());

        Assert.Equal(("Mon 23 Nov 2026", 0, 0, 0, 0, 0m, 0m, 0m), Figures(dansDays.Items[22]));
        Assert.Equal(("Total", 5, 3, 1, 1, 1_380m, 1_330m, 1_200.5m), Figures(dansTotals!));
        Assert.Equal(
            [
                ("Week of 26 Oct 2026", 0, 0, 0, 0, 0m, 0m, 0m),
                ("Week of 2 Nov 2026", 0, 0, 0, 0, 0m, 0m, 0m),
                ("Week of 9 Nov 2026", 0, 0, 0, 0, 0m, 0m, 0m),
                ("Week of 16 Nov 2026", 3, 2, 1, 0, 630m, 630m, 1_200.5m),
                ("Week of 23 Nov 2026", 0, 0, 0, 0, 0m, 0m, 0m),
                ("Week of 30 Nov 2026", 1, 0, 0, 1, 150m, 100m, 0m),
            ],
            klang.Items.Select(Figures));
    }

    [Fact]
    public async Task The_rows_sort_by_weight_shown_in_kilograms_to_a_decimal_and_the_chart_shows_done_open_and_cancelled()
    {
        var report = Harness.Get<DeliveryOrdersOverTime>();
        var heaviest = await report.PageAsync(new ReportFilter(November), ReportSort.Parse("-weight"), new PageRequest(Take: 2));
        var view = await report.ViewAsync(new ReportFilter(November), sort: null, new PageRequest(Take: 1));
        var chart = await report.ChartAsync(new ReportFilter(November));

        var weight = ((ITableReport)report).Columns[^1];
        Assert.Equal(("Weight (kg)", CellKind.Quantity), (weight.Title, weight.Kind));
        Assert.Equal(("3,200.5", "0.0"), (ReportCells.Format(view.Totals!.Cells[^1], weight.Kind, view.Currency), ReportCells.Format(view.Rows[0].Cells[^1], weight.Kind, view.Currency)));

        Assert.Equal(["Mon 23 Nov 2026", "Sat 21 Nov 2026"], heaviest.Items.Select(d => d.Period));
        Assert.Equal(["Done", "Open", "Cancelled"], chart!.Series.Select(s => s.Name));
        Assert.Equal((30, "21 Nov", 1d, 1d), (chart.Labels.Count, chart.Labels[20], chart.Series[0].Values[20], chart.Series[2].Values[20]));
    }

    private static (string, int, int, int, int, decimal, decimal, decimal) Figures(DeliveryOrdersRow row) =>
        (row.Period, row.Orders, row.Done, row.Cancelled, row.Open, row.Value, row.Cash, row.WeightKg);
}
