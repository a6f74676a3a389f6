using BookingOps.Domain.Common;
using BookingOps.Domain.Expenses;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Reports;

/// <summary>One expense as the register lists it: its amount falls under approved or waiting, by its state.</summary>
public sealed class ExpenseRegisterRow
{
    public int Id { get; init; }

    public string Number { get; init; } = string.Empty;

    public DateOnly SpentOn { get; init; }

    public string Category { get; init; } = string.Empty;

    public ExpenseKind Kind { get; init; }

    public string Description { get; init; } = string.Empty;

    public string? CrewMember { get; init; }

    public string? Booking { get; init; }

    public decimal Approved { get; init; }

    public decimal Waiting { get; init; }
}

/// <summary>
/// The expense register behind <see cref="ExpensesByCategory"/>: each expense spent in the range, of one category
/// if asked, approved (what the P&amp;L counts) or still waiting for a decision; rejected ones are not spending and
/// are left out. A hundred thousand expenses over years: filtered through the (status, day, category) index and
/// paged in SQL.
/// </summary>
public sealed class ExpenseRegister(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, ICurrentActor actor)
    : TableReport<ExpenseRegisterRow>(dbFactory, calendar, actor)
{
    private static readonly ReportInfo About = new(
        "expense-register", "Expense register", "Money", ReportAudience.Admin, ReportFilters.Range | ReportFilters.Category,
        "Each crew and overhead expense spent in the range, approved or waiting for a decision; narrow it to one category.",
        nameof(Expense));

    private static readonly ReportColumn<ExpenseRegisterRow>[] Columns =
    [
        ReportColumn<ExpenseRegisterRow>.Text("number", "Expense", r => r.Number, 18, sortable: true),
        ReportColumn<ExpenseRegisterRow>.Day("spent", "Spent", r => r.SpentOn, sortable: true),
        ReportColumn<ExpenseRegisterRow>.Text("category", "Category", r => r.Category, 20, sortable: true),
        ReportColumn<ExpenseRegisterRow>.Text("kind", "Kind", r => r.Kind.ToString(), 10),
        ReportColumn<ExpenseRegisterRow>.Text("description", "Description", r => r.Description, 30),
        ReportColumn<ExpenseRegisterRow>.Text("crew", "Crew member", r => r.CrewMember, 20, sortable: true),
        ReportColumn<ExpenseRegisterRow>.Text("booking", "Booking", r => r.Booking, 14),
        ReportColumn<ExpenseRegisterRow>.Money("approved", "Approved", r => r.Approved, sortable: true),
        ReportColumn<ExpenseRegisterRow>.Money("waiting", "Waiting", r => r.Waiting, sortable: true),
    ];

    public override ReportInfo Info => About;

    public override IReadOnlyList<ReportColumn<ExpenseRegisterRow>> TypedColumns => Columns;

    protected override Task<IQueryable<ExpenseRegisterRow>> QueryAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken) =>
        Task.FromResult((
            from expense in Spent(db, filter)
            join category in db.ExpenseCategories on expense.CategoryId equals category.Id
            join member in db.CrewMembers on expense.CrewMemberId equals (int?)member.Id into members
            from member in members.DefaultIfEmpty()
            join booking in db.Bookings on expense.BookingId equals (int?)booking.Id into bookings
            from booking in bookings.DefaultIfEmpty()
            select new ExpenseRegisterRow
            {
                Id = expense.Id,
                Number = expense.Number,
                SpentOn = expense.SpentOn,
                Category = category.Name,
                Kind = expense.Kind,
                Description = expense.Description,
                CrewMember = member != null ? member.Name : null,
                Booking = booking != null ? booking.Number : null,
                Approved = expense.Status == ExpenseStatus.Approved ? expense.Amount : 0m,
                Waiting = expense.Status == ExpenseStatus.Submitted ? expense.Amount : 0m,
            }).OrderBy(r => r.SpentOn).ThenBy(r => r.Id).AsQueryable());

    protected override async Task<ExpenseRegisterRow?> TotalsAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken)
    {
        var totals = await Spent(db, filter)
            .GroupBy(e => 1)
            .Select(g => new
            {
                Approved = g.Sum(e => e.Status == ExpenseStatus.Approved ? e.Amount : 0m),
                Waiting = g.Sum(e => e.Status == ExpenseStatus.Submitted ? e.Amount : 0m),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return new ExpenseRegisterRow { Approved = totals?.Approved ?? 0m, Waiting = totals?.Waiting ?? 0m };
    }

    protected override string? LinkOf(ExpenseRegisterRow row) => $"expenses/{row.Id}";

    /// <summary>Both statuses named, so SQLite seeks the (status, day, category) index for each rather than scanning by day.</summary>
    private static IQueryable<Expense> Spent(BookingOpsDbContext db, ReportFilter filter)
    {
        var (from, to) = (filter.Period.From, filter.Period.To);
        var expenses = db.Expenses.Where(e => (e.Status == ExpenseStatus.Approved || e.Status == ExpenseStatus.Submitted) && e.SpentOn >= from && e.SpentOn <= to);
        return filter.CategoryId is { } category ? expenses.Where(e => e.CategoryId == category) : expenses;
    }
}
