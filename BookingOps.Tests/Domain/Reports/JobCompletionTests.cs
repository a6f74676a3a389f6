using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Reports;
using BookingOps.Domain.Setup;
using BookingOps.Tests.Infrastructure;

namespace BookingOps.Tests.Domain.Reports;

/// <summary>
/// Today is Sat 21 Nov 2026, 10:00 in Kuala Lumpur. Bookings ending (business time) Mon 2 Nov 23:00, completed;
/// Tue 10 Nov 23:00, cancelled; Sun 15 Nov 22:00, confirmed and never closed (still open); Wed 25 Nov 23:00,
/// confirmed (not over yet); Mon 30 Nov 23:30, completed. Outside November: one ending at 00:10 on 1 December (still
/// 30 November in UTC) and one ending at midnight starting 1 November (a job ending at 00:00 is the day before's).
/// </summary>
public sealed class JobCompletionTests : DomainTest
{
    private static readonly ReportPeriod November = new(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Harness.Get<FirstRunSetup>().CompleteAsync(FirstRunSetupTests.ValidInput());
        var customer = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid());
        var bookings = Harness.Get<BookingService>();

        async Task<int> EndingAsync(DateTime end)
        {
            var input = BookingInputs.Valid(customer, end.AddHours(-4));
            input.End = end;
            return await bookings.CreateAsync(input);
        }

        async Task CompleteAsync(int id)
        {
            await bookings.ConfirmAsync(id, 0);
            await bookings.StartAsync(id, 1);
            await bookings.CompleteAsync(id, 2);
        }

        await CompleteAsync(await EndingAsync(new DateTime(2026, 11, 2, 23, 0, 0)));
        await bookings.CancelAsync(await EndingAsync(new DateTime(2026, 11, 10, 23, 0, 0)), 0, "The couple postponed");
        await bookings.ConfirmAsync(await EndingAsync(new DateTime(2026, 11, 15, 22, 0, 0)), 0);
        await bookings.ConfirmAsync(await EndingAsync(new DateTime(2026, 11, 25, 23, 0, 0)), 0);
        await CompleteAsync(await EndingAsync(new DateTime(2026, 11, 30, 23, 30, 0)));
        await CompleteAsync(await EndingAsync(new DateTime(2026, 12, 1, 0, 10, 0)));
        await CompleteAsync(await EndingAsync(new DateTime(2026, 11, 1, 0, 0, 0)));
    }

    [Fact]
    public async Task Every_day_has_a_row_of_the_bookings_ending_on_it_in_business_time()
    {
        var report = Harness.Get<JobCompletion>();
        var days = await report.PageAsync(new ReportFilter(November), sort: null, new PageRequest(Take: 31));
        var totals = await report.TypedTotalsAsync(new ReportFilter(November));

        Assert.Equal(30, days.TotalCount);
        Assert.Equal(("Mon 2 Nov 2026", 1, 1, 0, 0, (decimal?)100m), Figures(days.Items[1]));
        Assert.Equal(("Tue 10 Nov 2026", 1, 0, 1, 0, (decimal?)null), Figures(days.Items[9]));
        Assert.Equal(("Sun 15 Nov 2026", 1, 0, 0, 1, (decimal?)0m), Figures(days.Items[14]));
        Assert.Equal(("Wed 25 Nov 2026", 1, 0, 0, 0, (decimal?)0m), Figures(days.Items[24]));
        Assert.Equal(("Mon 30 Nov 2026", 1, 1, 0, 0, (decimal?)100m), Figures(days.Items[29]));
        Assert.Equal(("Sun 1 Nov 2026", 0, 0, 0, 0, (decimal?)null), Figures(days.Items[0]));
        Assert.Equal(("Total", 5, 2, 1, 1, (decimal?)50m), Figures(totals!));
    }

    [Fact]
    public async Task Weeks_and_months_fold_the_same_bookings_and_the_chart_shows_completed_against_cancelled()
    {
        var report = Harness.Get<JobCompletion>();
        var weeks = await report.PageAsync(new ReportFilter(November, Granularity.Week), sort: null, new PageRequest());
        var months = await report.PageAsync(new ReportFilter(November, Granularity.Month), sort: null, new PageRequest());
        var chart = await report.ChartAsync(new ReportFilter(November, Granularity.Week));

        Assert.Equal(
            [
                ("Week of 26 Oct 2026", 0, 0, 0, 0, null),
                ("Week of 2 Nov 2026", 1, 1, 0, 0, 100m),
                ("Week of 9 Nov 2026", 2, 0, 1, 1, 0m),
                ("Week of 16 Nov 2026", 0, 0, 0, 0, null),
                ("Week of 23 Nov 2026", 1, 0, 0, 0, 0m),
                ("Week of 30 Nov 2026", 1, 1, 0, 0, (decimal?)100m),
            ],
            weeks.Items.Select(Figures));
        Assert.Equal(("November 2026", 5, 2, 1, 1, (decimal?)50m), Figures(months.Items.Single()));
        Assert.Equal(["26 Oct", "2 Nov", "9 Nov", "16 Nov", "23 Nov", "30 Nov"], chart!.Labels);
        Assert.Equal((ReportChartKind.Bar, "Completed", "Cancelled"), (chart.Kind, chart.Series[0].Name, chart.Series[1].Name));
        Assert.Equal([0d, 1d, 0d, 0d, 0d, 1d], chart.Series[0].Values);
        Assert.Equal([0d, 0d, 1d, 0d, 0d, 0d], chart.Series[1].Values);
    }

    [Fact]
    public async Task The_rows_sort_by_a_count_and_the_report_is_on_the_office_menu()
    {
        var report = Harness.Get<JobCompletion>();
        var mostEnding = await report.PageAsync(new ReportFilter(November, Granularity.Week), ReportSort.Parse("-ending"), new PageRequest(Take: 1));

        Assert.Equal("Week of 9 Nov 2026", mostEnding.Items.Single().Period);
        Assert.Same(report.Info, Harness.Get<ReportCatalog>().Find(ReportAudience.Office, "job-completion")?.Info);
        Assert.Equal("reports/office/job-completion", report.Info.Path);
    }

    private static (string, int, int, int, int, decimal?) Figures(JobCompletionRow row) =>
        (row.Period, row.Ending, row.Completed, row.Cancelled, row.StillOpen, row.CompletionPercent);
}
