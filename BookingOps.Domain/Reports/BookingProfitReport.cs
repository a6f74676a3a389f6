using System.Linq.Expressions;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Commissions;
using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Expenses;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Reports;

/// <summary>
/// One booking's profit as the report lists it: the figures of <see cref="BookingProfit"/>. Initialised by
/// members, so the database can still order and page the projected query; the start's day is worked out as
/// each row is read.
/// </summary>
public sealed class BookingProfitRow
{
    public int BookingId { get; init; }

    public string? Number { get; init; }

    public string? Customer { get; init; }

    /// <summary>The instant the job starts, which the report sorts by.</summary>
    public DateTimeOffset StartsAt { get; init; }

    /// <summary>The business day the job starts on.</summary>
    public DateOnly? Starts { get; init; }

    public decimal Invoiced { get; init; }

    public decimal Refunded { get; init; }

    public decimal CrewFees { get; init; }

    public decimal Expenses { get; init; }

    public decimal ExpensesWaiting { get; init; }

    public decimal Commission { get; init; }

    public decimal Profit => ToProfit().Profit;

    public BookingProfit ToProfit() => new(Invoiced, Refunded, CrewFees, Expenses, Commission, ExpensesWaiting);
}

/// <summary>
/// Profit by booking: every booking whose job starts in the range (by the business's days: a job at 23:30 on the
/// range's last day is in, one at 00:10 the next day is not), with what the booking page's profit panel shows,
/// read through the same query (<see cref="BookingProfits.Figures"/>), so the two never disagree. The commission
/// is the approved amount, or until then what its rule gives on the invoices paid so far, worked out in SQL, so the
/// database pages, sorts and totals the whole range. A cancelled booking is listed only when one of its figures is
/// not zero (a kept deposit, a crew fee still owed, an approved expense, a commission): one that nothing stands on
/// says nothing about profit. Expenses waiting for approval are shown apart and not counted, as on the booking page.
/// </summary>
public sealed class BookingProfitReport(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, ICurrentActor actor)
    : TableReport<BookingProfitRow>(dbFactory, calendar, actor)
{
    private static readonly ReportInfo About = new(
        "booking-profit", "Profit by booking", "Money", ReportAudience.Admin, ReportFilters.Range,
        "Each booking starting in the range: invoiced less refunds, crew fees, approved expenses and commission, and the margin.",
        nameof(Booking), nameof(Invoice), nameof(Refund), nameof(CrewAssignment), nameof(Expense), nameof(Commission));

    private static readonly ReportColumn<BookingProfitRow>[] Columns =
    [
        ReportColumn<BookingProfitRow>.Text("booking", "Booking", r => r.Number, 22, sortable: true),
        ReportColumn<BookingProfitRow>.Text("customer", "Customer", r => r.Customer, 24, sortable: true),
        new("starts", "Starts", CellKind.Day, 14, r => r.Starts, (Expression<Func<BookingProfitRow, DateTimeOffset>>)(r => r.StartsAt)),
        ReportColumn<BookingProfitRow>.Money("invoiced", "Invoiced", r => r.Invoiced, sortable: true),
        ReportColumn<BookingProfitRow>.Money("refunded", "Refunded", r => r.Refunded, sortable: true),
        ReportColumn<BookingProfitRow>.Money("crew-fees", "Crew fees", r => r.CrewFees, sortable: true),
        ReportColumn<BookingProfitRow>.Money("expenses", "Expenses", r => r.Expenses, sortable: true),
        ReportColumn<BookingProfitRow>.Money("commission", "Commission", r => r.Commission, sortable: true),
        new("profit", "Profit", CellKind.Money, 16, r => r.Profit, ProfitKey),
        ReportColumn<BookingProfitRow>.Percent("margin", "Margin", r => r.ToProfit().Margin),
        ReportColumn<BookingProfitRow>.Money("waiting", "Expenses waiting", r => r.ExpensesWaiting),
    ];

    /// <summary>
    /// What SQL orders by for the profit column: <see cref="BookingProfit.Profit"/> over the row's figures, as a
    /// double (SQLite keeps decimals as text). Not a column of the query, so each figure is summed once for the row
    /// and once for the order, not a third time.
    /// </summary>
    private static Expression<Func<BookingProfitRow, double>> ProfitKey => r => (double)(r.Invoiced - r.Refunded - (r.CrewFees + r.Expenses + r.Commission));

    public override ReportInfo Info => About;

    public override IReadOnlyList<ReportColumn<BookingProfitRow>> TypedColumns => Columns;

    protected override async Task<IQueryable<BookingProfitRow>> QueryAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken)
    {
        var zone = await Calendar.ZoneAsync();
        return BookingProfits.Figures(db, Listed(db, filter.Period.Instants(zone)))
            .Join(db.Customers, f => f.Booking.CustomerId, c => c.Id, (f, c) => new BookingProfitRow
            {
                BookingId = f.Booking.Id,
                Number = f.Booking.Number,
                Customer = c.Name,
                StartsAt = f.Booking.StartsAt,
                Starts = BusinessCalendar.DayOf(f.Booking.StartsAt, zone),
                Invoiced = f.Invoiced,
                Refunded = f.Refunded,
                CrewFees = f.CrewFees,
                Expenses = f.Expenses,
                ExpensesWaiting = f.ExpensesWaiting,
                Commission = f.Commission,
            })
            .OrderBy(r => r.StartsAt).ThenBy(r => r.BookingId);
    }

    protected override async Task<BookingProfitRow?> TotalsAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken)
    {
        var totals = await BookingProfits.TotalsAsync(db, Listed(db, filter.Period.Instants(await Calendar.ZoneAsync())), cancellationToken);
        return new BookingProfitRow
        {
            Invoiced = totals.Invoiced,
            Refunded = totals.Refunded,
            CrewFees = totals.CrewFees,
            Expenses = totals.Expenses,
            ExpensesWaiting = totals.ExpensesWaiting,
            Commission = totals.Commission,
        };
    }

    protected override string? LinkOf(BookingProfitRow row) => $"bookings/{row.BookingId}";

    /// <summary>
    /// The bookings starting between the business's two midnights; a cancelled one only when something stands on
    /// it (each asked through the booking's own index: the expenses' approved status is looked for among the
    /// booking's, not the other way round).
    /// </summary>
    private static IQueryable<Booking> Listed(BookingOpsDbContext db, (DateTimeOffset From, DateTimeOffset Until) range) =>
        db.Bookings.Where(b => b.StartsAt >= range.From && b.StartsAt < range.Until
            && (b.Status != BookingStatus.Cancelled
                || db.Invoices.Standing().Any(i => i.BookingId == b.Id)
                || db.CrewAssignments.Taken().Any(a => a.BookingId == b.Id)
                || db.Expenses.Where(e => e.BookingId == b.Id).Select(e => e.Status).Contains(ExpenseStatus.Approved)
                || db.Commissions.Any(c => c.BookingId == b.Id)));
}
