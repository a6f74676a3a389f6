using BookingOps.Domain.Budgets;
using BookingOps.Domain.Common;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Expenses;
using BookingOps.Domain.Reports;
using BookingOps.Tests.Infrastructure;

namespace BookingOps.Tests.Domain.Reports;

/// <summary>
/// December 2026's shows and their budgets:
/// <list type="bullet">
/// <item>Sat 5 Dec 19:00, Tan Events: crew fees 350.00 and travel 50.00 allocated; Aina accepted at 300.00 (committed),
/// travel 45.60 waiting for approval (committed, not actual), a 500.00 claim rejected (nothing), a 30.00 meal approved
/// with no meals allocated (actual, and over budget from its first sen).</item>
/// <item>Sun 20 Dec 19:00, Lim Weddings: crew fees 1,000.00 allocated, nothing used yet.</item>
/// <item>Thu 31 Dec 23:30, Tan Events: crew fees 200.00 and travel 100.00; Ben's 250.00 accepted and the show completed,
/// so it is actual and crew fees are over.</item>
/// <item>Fri 1 Jan 00:10, a budget the day after the range; Sat 12 Dec, a show without a budget; Tue 15 Dec, a
/// budgeted show cancelled: none of them listed.</item>
/// </list>
/// </summary>
public sealed class BudgetVarianceReportTests : BookingMoneyReportTest
{
    private int overOnMeals;
    private int untouched;
    private int lastEvening;

    private BudgetVariance Report => Harness.Get<BudgetVariance>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var lim = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Lim Weddings", phone: "012-777 1234", email: "hello@limweddings.my"));
        var (travel, budgets) = (await CategoryAsync("Travel"), Harness.Get<BudgetService>());
        overOnMeals = await BookingAsync(Customer, new DateTime(2026, 12, 5, 19, 0, 0));
        untouched = await BookingAsync(lim, new DateTime(2026, 12, 20, 19, 0, 0));
        lastEvening = await BookingAsync(Customer, new DateTime(2026, 12, 31, 23, 30, 0));
        var newYear = await BookingAsync(Customer, new DateTime(2027, 1, 1, 0, 10, 0));
        var unbudgeted = await BookingAsync(Customer, new DateTime(2026, 12, 12, 19, 0, 0));
        var cancelled = await BookingAsync(lim, new DateTime(2026, 12, 15, 19, 0, 0));

        await budgets.SaveAsync(overOnMeals, new BudgetInput { Lines = [Line(null, 350m), Line(travel, 50m)] });
        await CrewAsync(overOnMeals, Aina, 300m);
        await ExpenseAsync(overOnMeals, "Travel", 45.60m, ExpenseStatus.Submitted);
        await ExpenseAsync(overOnMeals, "Travel", 500m, ExpenseStatus.Rejected);
        await ExpenseAsync(overOnMeals, "Meals", 30m, ExpenseStatus.Approved);

        await budgets.SaveAsync(untouched, new BudgetInput { Lines = [Line(null, 1_000m)] });

        await budgets.SaveAsync(lastEvening, new BudgetInput { Lines = [Line(null, 200m), Line(travel, 100m)] });
        await CrewAsync(lastEvening, Ben, 250m);
        await CompleteAsync(lastEvening);

        await budgets.SaveAsync(newYear, new BudgetInput { Lines = [Line(null, 100m)] });
        await CrewAsync(newYear, Aina, 400m);
        await CrewAsync(unbudgeted, Ben, 300m);
        await budgets.SaveAsync(cancelled, new BudgetInput { Lines = [Line(null, 100m)] });
        await CrewAsync(cancelled, Aina, 150m);
        await CancelAsync(cancelled);
    }

    [Fact]
    public async Task Each_budgeted_booking_starting_in_the_range_sets_its_allocation_beside_what_is_committed_and_spent()
    {
        var rows = await Report.PageAsync(December, sort: null, new PageRequest());

        Assert.Equal(3, rows.TotalCount);
        Assert.Equal(
            [
                (overOnMeals, "Tan Events Sdn Bhd", new DateOnly(2026, 12, 5), 400m, 345.60m, 30m, 24.40m, (decimal?)93.9m, "Reached: Meals"),
                (untouched, "Lim Weddings", new DateOnly(2026, 12, 20), 1_000m, 0m, 0m, 1_000m, 0m, ""),
                (lastEvening, "Tan Events Sdn Bhd", new DateOnly(2026, 12, 31), 300m, 0m, 250m, 50m, 83.3m, "Reached: Crew fees"),
            ],
            rows.Items.Select(r => (r.BookingId, r.Customer, r.Starts, r.Total.Allocated, r.Total.Committed, r.Total.Actual, r.Variance, r.Total.UsedPercent, r.AlertText)));
        var view = await Report.ViewAsync(December, sort: null, new PageRequest());
        Assert.Equal($"bookings/{overOnMeals}", view.Rows[0].Link);
    }

    [Fact]
    public async Task A_row_is_the_budget_the_booking_page_shows()
    {
        var rows = await Report.PageAsync(December, sort: null, new PageRequest());
        var directory = Harness.Get<BudgetDirectory>();

        foreach (var row in rows.Items)
        {
            var budget = (await directory.ForBookingAsync(row.BookingId))!;
            Assert.Equal(
                (budget.Total.Allocated, budget.Total.Committed, budget.Total.Actual, budget.Total.Remaining, budget.Total.UsedPercent, budget.Alert, budget.WorstHead?.Head.Name),
                (row.Total.Allocated, row.Total.Committed, row.Total.Actual, row.Variance, row.Total.UsedPercent, row.Alert, row.Head));
        }
    }

    [Fact]
    public async Task The_totals_add_up_the_range_and_rows_sort_by_variance_and_share_used()
    {
        var view = await Report.ViewAsync(December, ReportSort.Parse("-variance"), new PageRequest());
        var leastUsedFirst = await Report.PageAsync(December, ReportSort.Parse("used"), new PageRequest());
        var mostUsed = await Report.PageAsync(December, ReportSort.Parse("-used"), new PageRequest(Take: 1));
        var overFirst = await Report.PageAsync(December, ReportSort.Parse("variance"), new PageRequest(Skip: 1, Take: 1));

        Assert.Equal([$"bookings/{untouched}", $"bookings/{lastEvening}", $"bookings/{overOnMeals}"], view.Rows.Select(r => r.Link));
        Assert.Equal([untouched, lastEvening, overOnMeals], leastUsedFirst.Items.Select(r => r.BookingId));
        Assert.Equal(overOnMeals, Assert.Single(mostUsed.Items).BookingId);
        Assert.Equal(lastEvening, Assert.Single(overFirst.Items).BookingId);
        // 1,700.00 allocated; 345.60 committed and 280.00 actual use 625.60 of it: 36.8 %.
        Assert.Equal(["Total", null, null, 1_700m, 345.60m, 280m, 1_074.40m, 36.8m, null], view.Totals!.Cells);
    }

    [Fact]
    public async Task The_pdf_fits_every_column_on_its_page()
    {
        var text = await PdfTextAsync(Report);

        Assert.Contains("BUDGET VARIANCE", text, StringComparison.Ordinal);
        Assert.Matches(@"Total\s+1,700\.00\s+345\.60\s+280\.00\s+1,074\.40\s+36\.8 %", text);
    }

    [Fact]
    public async Task Only_an_Admin_sees_budget_variance()
    {
        Harness.Actor.Current = Office;

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => Report.ViewAsync(December, sort: null, new PageRequest()));
        Assert.Equal("Only an Admin can see budget variance.", refused.Message);
    }

    private static BudgetLineInput Line(int? categoryId, decimal allocated) => new() { CategoryId = categoryId, Allocated = allocated };
}
