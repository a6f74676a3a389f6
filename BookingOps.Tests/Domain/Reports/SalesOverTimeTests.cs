using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;
using BookingOps.Domain.Reports;
using BookingOps.Tests.Domain.Billing;

namespace BookingOps.Tests.Domain.Reports;

/// <summary>
/// Saturday 21 Nov 2026: the deposit (795.00) is issued and 300.00 of it paid in cash. Monday 23 Nov: a final
/// (1,855.00) is issued and voided, another issued, and 200.00 (online, on the deposit) and 100.00 (cash, on
/// the final) come in.
/// </summary>
public sealed class SalesOverTimeTests : BillingTest
{
    private static readonly DateOnly Saturday = new(2026, 11, 21);
    private static readonly DateOnly Monday = new(2026, 11, 23);
    private static readonly ReportPeriod November = new(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Assert.Equal(Saturday, Today);
        var deposit = await IssueAsync(await DraftAsync(InvoiceKind.Deposit));
        await PayAsync(deposit.Id, 300m, method: PaymentMethod.Cash);
        Harness.Clock.Advance(TimeSpan.FromDays(2));
        await AsAdminAsync(async () =>
        {
            var mistaken = await IssueAsync(await DraftAsync(InvoiceKind.Final));
            await Harness.Get<InvoiceService>().VoidAsync(mistaken.Id, mistaken.Version, "Issued with the wrong lines");
        });
        var final = await IssueAsync(await DraftAsync(InvoiceKind.Final));
        await PayAsync(deposit.Id, 200m);
        await PayAsync(final.Id, 100m, method: PaymentMethod.Cash);
    }

    [Fact]
    public async Task Every_day_of_the_range_has_a_row_with_what_was_invoiced_net_of_voids_and_received_cash_apart()
    {
        var sales = Harness.Get<SalesOverTime>();
        var days = await sales.PageAsync(new ReportFilter(November), sort: null, new PageRequest(Take: 31));

        Assert.Equal(30, days.TotalCount);
        Assert.Equal(new DateOnly(2026, 11, 1), days.Items[0].First);
        Assert.Equal(("Sat 21 Nov 2026", 1, 795m, 1, 300m, 300m, 0m), Figures(days.Items[20]));
        Assert.Equal(("Mon 23 Nov 2026", 1, 1_855m, 2, 300m, 100m, 200m), Figures(days.Items[22]));
        Assert.All(days.Items.Where(d => d.First != Saturday && d.First != Monday), d => Assert.Equal((0, 0m, 0), (d.Invoices, d.Received, d.Payments)));
    }

    [Fact]
    public async Task Weeks_run_monday_to_sunday_and_months_are_calendar_months_with_the_same_totals()
    {
        var sales = Harness.Get<SalesOverTime>();
        var weeks = await sales.PageAsync(new ReportFilter(November, Granularity.Week), sort: null, new PageRequest());
        var months = await sales.PageAsync(new ReportFilter(November, Granularity.Month), sort: null, new PageRequest());
        var totals = await sales.TypedTotalsAsync(new ReportFilter(November, Granularity.Week));

        // 1 Nov 2026 is a Sunday: the first week began on Monday 26 Oct, and the last on Monday 30 Nov.
        Assert.Equal(
            [new(2026, 10, 26), new(2026, 11, 2), new(2026, 11, 9), new(2026, 11, 16), new(2026, 11, 23), new(2026, 11, 30)],
            weeks.Items.Select(w => w.First));
        Assert.Equal(("Week of 16 Nov 2026", 1, 795m, 1, 300m, 300m, 0m), Figures(weeks.Items[3]));
        Assert.Equal(("Week of 23 Nov 2026", 1, 1_855m, 2, 300m, 100m, 200m), Figures(weeks.Items[4]));
        Assert.Equal(("November 2026", 2, 2_650m, 3, 600m, 400m, 200m), Figures(months.Items.Single()));
        Assert.Equal((2, 2_650m, 3, 600m, 400m, 200m), (totals!.Invoices, totals.Invoiced, totals.Payments, totals.Received, totals.Cash, totals.Other));
    }

    [Fact]
    public async Task The_address_sorts_rows_by_a_column_either_way_and_the_chart_spans_the_whole_range()
    {
        var sales = Harness.Get<SalesOverTime>();
        var filter = new ReportFilter(November);
        var mostInvoiced = await sales.PageAsync(filter, ReportSort.Parse("-invoiced"), new PageRequest(Take: 2));
        var leastReceivedLast = await sales.PageAsync(filter, ReportSort.Parse("received"), new PageRequest(Skip: 28, Take: 2));
        var chart = await sales.ChartAsync(filter);

        Assert.Equal([Monday, Saturday], mostInvoiced.Items.Select(d => d.First));
        Assert.Equal([300m, 300m], leastReceivedLast.Items.Select(d => d.Received));
        Assert.Equal(30, chart!.Labels.Count);
        Assert.Equal(("21 Nov", 795d, 300d), (chart.Labels[20], chart.Series[0].Values[20], chart.Series[1].Values[20]));
    }

    [Fact]
    public void The_filters_travel_in_the_address_and_unreadable_ones_fall_back()
    {
        var filter = new ReportFilter(November, Granularity.Week, Area: "Shah Alam", DriverId: 7, Serial: "B-0012", CustomerId: 12, Method: PaymentMethod.EWallet, CategoryId: 3);
        var query = filter.ToQuery(ReportFilters.Range | ReportFilters.Granularity | ReportFilters.Area | ReportFilters.Driver | ReportFilters.Serial
            | ReportFilters.Customer | ReportFilters.Method | ReportFilters.Category);
        var parsed = ReportFilter.Parse(query.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => (string?)Uri.UnescapeDataString(p[1])), Today);
        var fallback = ReportFilter.Parse(new Dictionary<string, string?> { ["by"] = "fortnight", ["driver"] = "-3", ["customer"] = "0", ["method"] = "Bitcoin", ["category"] = "x", ["from"] = "2026-11-30", ["to"] = "2026-11-01" }, Today);

        Assert.Equal("from=2026-11-01&to=2026-11-30&by=week&area=Shah%20Alam&driver=7&serial=B-0012&customer=12&method=ewallet&category=3", query);
        Assert.Equal(filter, parsed);
        Assert.Equal("from=2026-11-01&to=2026-11-30", filter.ToQuery(ReportFilters.Range));
        Assert.Equal(new ReportFilter(November), fallback);
    }

    private static (string, int, decimal, int, decimal, decimal, decimal) Figures(SalesRow row) =>
        (row.Period, row.Invoices, row.Invoiced, row.Payments, row.Received, row.Cash, row.Other);
}
