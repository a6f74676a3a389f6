using System.Linq.Expressions;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Budgets;
using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Expenses;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Reports;

/// <summary>
/// One budgeted booking as the report lists it: its budget's whole (<see cref="BookingBudget.Total"/>), the alert
/// the booking page shows and the head behind it.
/// </summary>
public sealed record BudgetVarianceRow(int BookingId, string Number, string Customer, DateTimeOffset StartsAt, DateOnly Starts, BudgetLineStanding Total, BudgetAlert Alert, string? Head)
{
    /// <summary>What is left of the allocation once committed and actual costs are taken: negative when over budget.</summary>
    public decimal Variance => Total.Remaining;

    /// <summary>The alert as the cell reads it, with the head that raised it: "Reached: Meals".</summary>
    public string AlertText => Alert == BudgetAlert.None ? string.Empty : $"{Alert}: {Head}";
}

/// <summary>
/// Budget variance: every booking with a budget whose job starts in the range (by the business's days), cancelled
/// ones aside (their budget is no plan any more), with what is allocated beside what is committed (accepted crew
/// jobs, expenses waiting for approval) and actual (completed jobs, approved expenses), the variance (allocated less
/// both) and the share used, and the booking page's alert: the worst of any head or the whole, at 80 % and 100 %.
/// Every figure comes from the booking page's own reading of budgets (<see cref="BudgetDirectory.StandingsAsync"/>:
/// the database sums the crew jobs and expenses by booking and head, the heads are set beside their allocations
/// here), so report and page cannot disagree. Folded from those grouped sums: a year holds a few thousand budgets at
/// most, and the alert needs every head of a booking, which the page's rules work out once per booking.
/// </summary>
public sealed class BudgetVariance(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, ICurrentActor actor)
    : FoldedReport<BudgetVarianceRow>(dbFactory, calendar, actor)
{
    private static readonly ReportInfo About = new(
        "budget-variance", "Budget variance", "Money", ReportAudience.Admin, ReportFilters.Range,
        "Each budgeted booking starting in the range: allocated, committed and actual costs, the variance, the share used and its alert.",
        nameof(Booking), nameof(Budget), nameof(CrewAssignment), nameof(Expense));

    private static readonly ReportColumn<BudgetVarianceRow>[] Columns =
    [
        ReportColumn<BudgetVarianceRow>.Text("booking", "Booking", r => r.Number, 18, sortable: true),
        ReportColumn<BudgetVarianceRow>.Text("customer", "Customer", r => r.Customer, 26, sortable: true),
        new("starts", "Starts", CellKind.Day, 14, r => r.Starts, (Expression<Func<BudgetVarianceRow, DateTimeOffset>>)(r => r.StartsAt)),
        ReportColumn<BudgetVarianceRow>.Money("allocated", "Allocated", r => r.Total.Allocated, sortable: true),
        ReportColumn<BudgetVarianceRow>.Money("committed", "Committed", r => r.Total.Committed, sortable: true),
        ReportColumn<BudgetVarianceRow>.Money("actual", "Actual", r => r.Total.Actual, sortable: true),
        ReportColumn<BudgetVarianceRow>.Money("variance", "Variance", r => r.Variance, sortable: true),
        new("used", "Used", CellKind.Percent, 12, r => r.Total.UsedPercent, (Expression<Func<BudgetVarianceRow, decimal?>>)(r => r.Total.UsedPercent)),
        new("alert", "Alert", CellKind.Text, 24, r => r.AlertText, (Expression<Func<BudgetVarianceRow, BudgetAlert>>)(r => r.Alert)),
    ];

    public override ReportInfo Info => About;

    public override IReadOnlyList<ReportColumn<BudgetVarianceRow>> TypedColumns => Columns;

    protected override BudgetVarianceRow Sum(IReadOnlyList<BudgetVarianceRow> rows, ReportFilter filter) =>
        new(0, string.Empty, string.Empty, default, filter.Period.From, new BudgetLineStanding(
            new BudgetHead(null, "Total"), rows.Sum(r => r.Total.Allocated), rows.Sum(r => r.Total.Committed), rows.Sum(r => r.Total.Actual), null), BudgetAlert.None, null);

    protected override string? LinkOf(BudgetVarianceRow row) => $"bookings/{row.BookingId}";

    protected override async Task<IReadOnlyList<BudgetVarianceRow>> FoldAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken)
    {
        var zone = await Calendar.ZoneAsync();
        var (from, until) = filter.Period.Instants(zone);
        var budgeted = db.Bookings
            .Where(b => b.StartsAt >= from && b.StartsAt < until && b.Status != BookingStatus.Cancelled)
            .Where(b => db.Budgets.Any(budget => budget.BookingId == b.Id));
        var bookings = await budgeted
            .Join(db.Customers, b => b.CustomerId, c => c.Id, (b, c) => new { b.Id, b.Number, Customer = c.Name, b.StartsAt, b.ServiceType, b.Total })
            .ToListAsync(cancellationToken);
        var standings = await BudgetDirectory.StandingsAsync(db, budgeted.Select(b => b.Id), forecast: null, cancellationToken);
        return bookings
            .Select(b =>
            {
                var standing = standings[b.Id];
                var budget = new BookingBudget(b.Id, b.ServiceType, b.Total, standing.Version, standing.IsSet, standing.Lines, Forecast: null);
                return new BudgetVarianceRow(b.Id, b.Number, b.Customer, b.StartsAt, BusinessCalendar.DayOf(b.StartsAt, zone), budget.Total, budget.Alert, budget.WorstHead?.Head.Name);
            })
            .OrderBy(r => r.StartsAt).ThenBy(r => r.BookingId)
            .ToList();
    }
}
