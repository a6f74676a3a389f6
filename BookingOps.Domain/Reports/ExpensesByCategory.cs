using BookingOps.Domain.Common;
using BookingOps.Domain.Expenses;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Reports;

/// <summary>One expense category's range: how many expenses, and their amounts approved, waiting for a decision and rejected.</summary>
public sealed record ExpenseCategoryRow(string Category, ExpenseKind? Kind, int Expenses, decimal Approved, decimal Waiting, decimal Rejected);

/// <summary>
/// Expenses by category, crew and overhead, by the day they were spent. Approved is what the P&amp;L counts as the
/// category's expenses for the range; waiting (submitted, not yet decided) and rejected are shown beside it, so
/// the owner sees what may still come and what was turned down. The database sums each category; categories are
/// a few dozen at most, joined to their names here.
/// </summary>
public sealed class ExpensesByCategory(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, ICurrentActor actor)
    : FoldedReport<ExpenseCategoryRow>(dbFactory, calendar, actor)
{
    private static readonly ReportInfo About = new(
        "expenses-by-category", "Expenses by category", "Money", ReportAudience.Admin, ReportFilters.Range,
        "Crew and overhead expenses spent in the range, by category: approved, waiting for a decision and rejected.",
        nameof(Expense));

    private static readonly ReportColumn<ExpenseCategoryRow>[] Columns =
    [
        ReportColumn<ExpenseCategoryRow>.Text("category", "Category", r => r.Category, 24, sortable: true),
        ReportColumn<ExpenseCategoryRow>.Text("kind", "Kind", r => KindName(r.Kind), 12),
        ReportColumn<ExpenseCategoryRow>.Count("expenses", "Expenses", r => r.Expenses, sortable: true),
        ReportColumn<ExpenseCategoryRow>.Money("approved", "Approved", r => r.Approved, sortable: true),
        ReportColumn<ExpenseCategoryRow>.Money("waiting", "Waiting", r => r.Waiting, sortable: true),
        ReportColumn<ExpenseCategoryRow>.Money("rejected", "Rejected", r => r.Rejected, sortable: true),
    ];

    public override ReportInfo Info => About;

    public override IReadOnlyList<ReportColumn<ExpenseCategoryRow>> TypedColumns => Columns;

    protected override ExpenseCategoryRow Sum(IReadOnlyList<ExpenseCategoryRow> rows, ReportFilter filter)
    {
        return new ExpenseCategoryRow("Total", null, rows.Sum(r => r.Expenses), rows.Sum(r => r.Approved), rows.Sum(r => r.Waiting), rows.Sum(r => r.Rejected));
    }

    protected override ReportChart Chart(IReadOnlyList<ExpenseCategoryRow> rows, ReportFilter filter)
    {
        var approved = rows.Where(r => r.Approved > 0m).ToList();
        return new ReportChart(
            ReportChartKind.Donut,
            approved.Select(r => $"{r.Category} ({KindName(r.Kind)})").ToList(),
            [new("Approved", approved.Select(r => (double)r.Approved).ToList())]);
    }

    private static string? KindName(ExpenseKind? kind) => kind?.ToString();

    protected override async Task<IReadOnlyList<ExpenseCategoryRow>> FoldAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken)
    {
        var (from, to) = (filter.Period.From, filter.Period.To);
        // Every status named, so SQLite seeks the (status, day, category, amount) index once per status and reads
        // nothing else; by the day alone it would scan every expense of every category.
        var byCategory = await db.Expenses
            .Where(e => (e.Status == ExpenseStatus.Submitted || e.Status == ExpenseStatus.Approved || e.Status == ExpenseStatus.Rejected)
                && e.SpentOn >= from && e.SpentOn <= to)
            .GroupBy(e => e.CategoryId)
            .Select(g => new
            {
                CategoryId = g.Key,
                Count = g.Count(),
                Approved = g.Sum(e => e.Status == ExpenseStatus.Approved ? e.Amount : 0m),
                Waiting = g.Sum(e => e.Status == ExpenseStatus.Submitted ? e.Amount : 0m),
                Rejected = g.Sum(e => e.Status == ExpenseStatus.Rejected ? e.Amount : 0m),
            })
            .ToListAsync(cancellationToken);
        var categories = await db.ExpenseCategories.AsNoTracking().ToDictionaryAsync(c => c.Id, cancellationToken);

        // As the P&L lists its categories: crew first, then overhead, most approved first.
        return byCategory
            .Select(c => new ExpenseCategoryRow(categories[c.CategoryId].Name, categories[c.CategoryId].Kind, c.Count, c.Approved, c.Waiting, c.Rejected))
            .OrderBy(r => r.Kind).ThenByDescending(r => r.Approved).ThenBy(r => r.Category, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
