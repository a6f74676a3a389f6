using BookingOps.Domain.Billing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Dashboard;
using BookingOps.Domain.Expenses;
using BookingOps.Domain.Payouts;
using BookingOps.Domain.Reports;
using BookingOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Tests.Domain.Reports;

/// <summary>
/// Crew earnings, outstanding payouts and expenses by category over one set of November records, checked by hand
/// and against the P&amp;L, the payouts page and the dashboard that own the same figures. Today is Sat 21 Nov 2026.
/// <list type="bullet">
/// <item>Aina: shows at 23:30 on 31 Oct (200.00) and 23:30 on 30 Nov (150.00, not yet played); one on 10 Nov
/// offered and never accepted (999.00). October's show was paid on 2 Nov and the payout reversed. Travel of
/// 45.60 on 14 Nov approved, a meal of 30.00 on 15 Nov still waiting.</item>
/// <item>Ben: shows on 25 Oct (120.00, paid on 3 Nov), at 00:30 on 1 Nov (300.00, paid on 12 Nov), on 20 Nov
/// (180.00, unpaid) and at 00:10 on 1 Dec (80.00); a meal of 25.00 on 16 Nov rejected.</item>
/// <item>Overhead: fuel of 500.00 on 3 Nov; rent of 900.00 on 1 Dec.</item>
/// </list>
/// </summary>
public sealed class CrewMoneyReportsTests : CrewMoneyTest
{
    private static readonly Actor Office = new("user-1", "office@example.test");
    private static readonly Actor Admin = Office with { IsAdmin = true };
    private static readonly ReportPeriod November = new(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var october = await JobAsync(Aina, new DateTime(2026, 10, 31, 23, 30, 0), 200m);
        var lastShow = await JobAsync(Aina, new DateTime(2026, 11, 30, 23, 30, 0), 150m);
        await JobAsync(Aina, new DateTime(2026, 11, 10, 19, 0, 0), 999m, accept: false);
        var bensOctober = await JobAsync(Ben, new DateTime(2026, 10, 25, 19, 0, 0), 120m);
        var bensFirst = await JobAsync(Ben, new DateTime(2026, 11, 1, 0, 30, 0), 300m);
        await JobAsync(Ben, new DateTime(2026, 11, 20, 19, 0, 0), 180m);
        await JobAsync(Ben, new DateTime(2026, 12, 1, 0, 10, 0), 80m);

        var expenses = Harness.Get<ExpenseService>();
        var travel = await expenses.CreateAsync(await ExpenseAsync(ExpenseKind.Crew, "Travel", new DateOnly(2026, 11, 14), 45.60m, Aina.Id, lastShow.Booking));
        await expenses.ApproveAsync(travel, 0);
        await expenses.CreateAsync(await ExpenseAsync(ExpenseKind.Crew, "Meals", new DateOnly(2026, 11, 15), 30m, Aina.Id, lastShow.Booking));
        var bensMeal = await expenses.CreateAsync(await ExpenseAsync(ExpenseKind.Crew, "Meals", new DateOnly(2026, 11, 16), 25m, Ben.Id, lastShow.Booking));
        await expenses.RejectAsync(bensMeal, 0, "No receipt");

        Harness.Actor.Current = Admin;
        await expenses.CreateAsync(await ExpenseAsync(ExpenseKind.Overhead, "Fuel", new DateOnly(2026, 11, 3), 500m, null, null));
        await expenses.CreateAsync(await ExpenseAsync(ExpenseKind.Overhead, "Rent", new DateOnly(2026, 12, 1), 900m, null, null));

        var payouts = Harness.Get<PayoutService>();
        var mistaken = await payouts.PayAsync(Payout(new DateOnly(2026, 11, 2), october.Job));
        await payouts.ReverseAsync(mistaken.Single(), 0, "Paid to the wrong account");
        await payouts.PayAsync(Payout(new DateOnly(2026, 11, 12), bensFirst.Job));
        await payouts.PayAsync(Payout(new DateOnly(2026, 11, 3), bensOctober.Job));
    }

    [Fact]
    public async Task Crew_earnings_count_jobs_taken_in_the_business_month_approved_expenses_and_payouts_not_reversed()
    {
        var earnings = Harness.Get<CrewEarnings>();
        var rows = await earnings.PageAsync(new ReportFilter(November), sort: null, new PageRequest());
        var totals = await earnings.TypedTotalsAsync(new ReportFilter(November));
        var pnl = await Harness.Get<ProfitAndLossQuery>().RunAsync(November);

        Assert.Equal(
            [("Aina Razak", 1, 150m, 45.60m, 0m), ("Ben Lim", 2, 480m, 0m, 420m)],
            rows.Items.Select(Figures));
        Assert.Equal(("Total", 3, 630m, 45.60m, 420m), Figures(totals!));
        Assert.Equal(pnl.Total.CrewFees, totals!.Fees);
        Assert.Equal($"payouts/statements?crew={Aina.Id}", (await earnings.ViewAsync(new ReportFilter(November), null, new PageRequest())).Rows[0].Link);
    }

    [Fact]
    public async Task Outstanding_payouts_are_what_the_payouts_page_and_the_dashboard_owe_most_owed_first()
    {
        var outstanding = Harness.Get<OutstandingPayouts>();
        var rows = await outstanding.PageAsync(new ReportFilter(November), sort: null, new PageRequest());
        var totals = await outstanding.TypedTotalsAsync(new ReportFilter(November));
        var byName = await outstanding.PageAsync(new ReportFilter(November), ReportSort.Parse("name"), new PageRequest());

        // The reversed payout put October's show back among what Aina is owed, from its own business day.
        Assert.Equal(
            [("Aina Razak", 1, 200m, 45.60m, 245.60m, new DateOnly(2026, 10, 31)), ("Ben Lim", 1, 180m, 0m, 180m, new DateOnly(2026, 11, 20))],
            rows.Items.Select(r => (r.Name, r.Jobs, r.Fees, r.Expenses, r.Total, r.OwedSince)));
        Assert.Equal(("Total", 2, 380m, 45.60m, 425.60m, new DateOnly(2026, 10, 31)), (totals!.Name, totals.Jobs, totals.Fees, totals.Expenses, totals.Total, totals.OwedSince));
        Assert.Equal(
            (await Harness.Get<PayoutDirectory>().OutstandingAsync()).Select(o => (o.CrewMemberId, o.Jobs, o.Amount)),
            byName.Items.Select(r => (r.CrewMemberId, r.Jobs, r.Total)));
        Assert.Equal((await Harness.Get<DashboardQuery>().ComputeAsync()).Owner.PayoutsDue, totals.Total);
    }

    [Fact]
    public async Task Expenses_by_category_show_approved_as_the_P_and_L_counts_them_beside_what_waits_and_what_was_rejected()
    {
        var byCategory = Harness.Get<ExpensesByCategory>();
        var rows = await byCategory.PageAsync(new ReportFilter(November), sort: null, new PageRequest());
        var totals = await byCategory.TypedTotalsAsync(new ReportFilter(November));
        var chart = await byCategory.ChartAsync(new ReportFilter(November));
        var pnl = await Harness.Get<ProfitAndLossQuery>().RunAsync(November);

        Assert.Equal(
            [
                ("Travel", ExpenseKind.Crew, 1, 45.60m, 0m, 0m),
                ("Meals", ExpenseKind.Crew, 2, 0m, 30m, 25m),
                ("Fuel", ExpenseKind.Overhead, 1, 500m, 0m, 0m),
            ],
            rows.Items.Select(r => (r.Category, r.Kind!.Value, r.Expenses, r.Approved, r.Waiting, r.Rejected)));
        Assert.Equal(("Total", 4, 545.60m, 30m, 25m), (totals!.Category, totals.Expenses, totals.Approved, totals.Waiting, totals.Rejected));
        Assert.Equal(
            pnl.ExpensesByCategory.Select(c => (c.Category, c.Kind, c.Amount)),
            rows.Items.Where(r => r.Approved > 0m).Select(r => (r.Category, r.Kind!.Value, r.Approved)));
        Assert.Equal(ReportChartKind.Donut, chart!.Kind);
        Assert.Equal(["Travel (Crew)", "Fuel (Overhead)"], chart.Labels);
        Assert.Equal([45.60d, 500d], chart.Series.Single().Values);
    }

    [Fact]
    public async Task The_expense_register_lists_what_the_categories_add_up_to_and_narrows_to_one_category()
    {
        var register = Harness.Get<ExpenseRegister>();
        var meals = (await Harness.Get<ReportFilterOptions>().CategoriesAsync()).Single(c => c.Text == "Meals (crew)").Id;
        var rows = await register.PageAsync(new ReportFilter(November), sort: null, new PageRequest());
        var totals = await register.TypedTotalsAsync(new ReportFilter(November));
        var onlyMeals = await register.ViewAsync(new ReportFilter(November, CategoryId: meals), sort: null, new PageRequest());
        var facts = await register.DescribeAsync(new ReportFilter(November, CategoryId: meals));

        // Ben's rejected meal is not spending; rent on 1 Dec is outside; the 23:30 show's booking is named.
        Assert.Equal(
            [
                (new DateOnly(2026, 11, 3), "Fuel", ExpenseKind.Overhead, (string?)null, 500m, 0m),
                (new DateOnly(2026, 11, 14), "Travel", ExpenseKind.Crew, "Aina", 45.60m, 0m),
                (new DateOnly(2026, 11, 15), "Meals", ExpenseKind.Crew, "Aina", 0m, 30m),
            ],
            rows.Items.Select(r => (r.SpentOn, r.Category, r.Kind, r.CrewMember?.Split(' ')[0], r.Approved, r.Waiting)));
        Assert.All(rows.Items.Where(r => r.Kind == ExpenseKind.Crew), r => Assert.NotNull(r.Booking));
        Assert.Equal((545.60m, 30m), (totals!.Approved, totals.Waiting));
        Assert.Equal(1, onlyMeals.TotalCount);
        Assert.Equal(30m, onlyMeals.Totals!.Cells[^1]);
        Assert.Contains(facts, f => f[0] == "Category" && f[1] == "Meals");
    }

    [Fact]
    public async Task Only_an_Admin_sees_what_the_business_pays_out()
    {
        Harness.Actor.Current = Office;
        string[] names = ["crew-earnings", "outstanding-payouts", "commissions", "refunds", "expenses-by-category", "expense-register"];
        var reports = names.Select(name => Harness.Get<ReportCatalog>().Find(ReportAudience.Admin, name)).ToList();

        Assert.All(reports, Assert.NotNull);
        foreach (var report in reports.OfType<ITableReport>())
        {
            var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => report.ViewAsync(new ReportFilter(November), null, new PageRequest()));
            Assert.Equal($"Only an Admin can see {report.Info.Title.ToLowerInvariant()}.", refused.Message);
        }
    }

    private static (string, int, decimal, decimal, decimal) Figures(CrewEarningsRow row) => (row.Name, row.Jobs, row.Fees, row.Expenses, row.PaidOut);

    private static PayoutInput Payout(DateOnly paidOn, int job) =>
        new() { Lines = [new OwedKey(OwedKind.Job, job)], Method = PaymentMethod.Online, Reference = "IBG 204411", PaidOn = paidOn };

    /// <summary>A 4-hour show starting at <paramref name="start"/> (business time) with the person on it, accepted unless said.</summary>
    private async Task<(int Booking, int Job)> JobAsync((int Id, string Login) person, DateTime start, decimal fee, bool accept = true)
    {
        var booking = await Harness.Get<BookingService>().CreateAsync(BookingInputs.Valid(Customer, start));
        var assignments = Harness.Get<CrewAssignmentService>();
        var job = await assignments.AssignAsync(new AssignCrewInput { BookingId = booking, CrewMemberId = person.Id, Role = "dancer", Fee = fee }, actorIsAdmin: false);
        if (accept)
        {
            await assignments.AcceptAsync(job, 0, person.Login);
        }

        return (booking, job);
    }

    private async Task<ExpenseInput> ExpenseAsync(ExpenseKind kind, string category, DateOnly spentOn, decimal amount, int? crewMemberId, int? booking)
    {
        await using var db = Harness.Db();
        return new ExpenseInput
        {
            Kind = kind,
            CategoryId = await db.ExpenseCategories.Where(c => c.Kind == kind && c.Name == category).Select(c => c.Id).SingleAsync(),
            SpentOn = spentOn,
            Amount = amount,
            Description = category,
            CrewMemberId = crewMemberId,
            BookingId = booking,
        };
    }
}
