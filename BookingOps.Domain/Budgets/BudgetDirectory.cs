using BookingOps.Domain.Bookings;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Expenses;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Budgets;

/// <summary>An open booking whose budget needs a look: its worst head and how much of it is used.</summary>
public sealed record BudgetWatch(int BookingId, string BookingNumber, string CustomerName, DateTimeOffset StartsAt, BudgetAlert Alert, string Head, decimal? UsedPercent);

/// <summary>
/// Budget reads. What is committed and spent is summed in SQL from the bookings' crew jobs and expenses,
/// grouped by head, and set beside the allocations by one rule for the booking page and the dashboard alike.
/// </summary>
public sealed class BudgetDirectory(IDbContextFactory<BookingOpsDbContext> dbFactory)
{
    /// <summary>The booking's budget as it stands, with the forecast from history while the booking is open; null if the booking is gone.</summary>
    public async Task<BookingBudget?> ForBookingAsync(int bookingId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var booking = await db.Bookings.AsNoTracking().Where(b => b.Id == bookingId)
            .Select(b => new { b.ServiceType, b.Total, b.Status })
            .SingleOrDefaultAsync(cancellationToken);
        if (booking is null)
        {
            return null;
        }

        var forecast = booking.Status is BookingStatus.Tentative or BookingStatus.Confirmed or BookingStatus.InProgress
            ? CostForecast.Forecast(await HistoryAsync(db, booking.ServiceType, bookingId, cancellationToken), booking.Total)
            : null;
        var standing = (await StandingsAsync(db, db.Bookings.Where(b => b.Id == bookingId).Select(b => b.Id), forecast, cancellationToken)).GetValueOrDefault(bookingId);
        return new BookingBudget(bookingId, booking.ServiceType, booking.Total, standing?.Version ?? 0, standing?.IsSet ?? false, standing?.Lines ?? [], forecast);
    }

    /// <summary>Open bookings with a head at 80 % or more of its allocation (or spent on without one), the worst first.</summary>
    public async Task<IReadOnlyList<BudgetWatch>> WatchAsync(int take, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // From the open bookings to their budgets: the status index alone lists them. Asked the other way round,
        // every budget's booking row was read for its status, once for each of the standing's three sums.
        var open = db.Bookings
            .Where(b => b.Status == BookingStatus.Tentative || b.Status == BookingStatus.Confirmed || b.Status == BookingStatus.InProgress)
            .Join(db.Budgets, b => b.Id, budget => budget.BookingId, (_, budget) => budget.BookingId);
        var flagged = (await StandingsAsync(db, open, forecast: null, cancellationToken))
            .Select(s => (BookingId: s.Key, Worst: BookingBudget.Worst(s.Value.Lines)))
            .Where(s => s.Worst is not null)
            .OrderByDescending(s => s.Worst!.Alert).ThenByDescending(s => s.Worst!.UsedPercent ?? decimal.MaxValue)
            .Take(take)
            .ToList();
        var ids = flagged.Select(f => f.BookingId).ToList();
        var bookings = await db.Bookings.AsNoTracking().Where(b => ids.Contains(b.Id))
            .Join(db.Customers, b => b.CustomerId, c => c.Id, (b, c) => new { b.Id, b.Number, c.Name, b.StartsAt })
            .ToDictionaryAsync(b => b.Id, cancellationToken);
        return flagged.Where(f => bookings.ContainsKey(f.BookingId))
            .Select(f => new BudgetWatch(f.BookingId, bookings[f.BookingId].Number, bookings[f.BookingId].Name, bookings[f.BookingId].StartsAt, f.Worst!.Alert, f.Worst.Head.Name, f.Worst.UsedPercent))
            .ToList();
    }

    /// <summary>The heads a budget can have: crew fees, then the active crew expense categories.</summary>
    public async Task<IReadOnlyList<BudgetHead>> HeadsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var categories = await db.ExpenseCategories.AsNoTracking()
            .Where(c => c.Kind == ExpenseKind.Crew && c.IsActive)
            .OrderBy(c => c.Name)
            .Select(c => new BudgetHead(c.Id, c.Name))
            .ToListAsync(cancellationToken);
        return [BudgetHead.CrewFees, .. categories];
    }

    /// <summary>The templates, those for <paramref name="serviceType"/> first; retired ones only when asked for.</summary>
    public async Task<IReadOnlyList<BudgetTemplate>> TemplatesAsync(string? serviceType = null, bool withRetired = false, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.BudgetTemplates.AsNoTracking()
            .Where(t => withRetired || t.IsActive)
            .OrderByDescending(t => t.IsActive).ThenByDescending(t => serviceType != null && t.ServiceType == serviceType).ThenBy(t => t.Name)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The most recent completed bookings of a service type (at most <see cref="CostForecast.Window"/>), each with
    /// its crew fees and approved expenses by category: what a forecast is made from.
    /// </summary>
    internal static async Task<IReadOnlyList<PastCost>> HistoryAsync(BookingOpsDbContext db, string serviceType, int? excludingBookingId, CancellationToken cancellationToken)
    {
        var past = await db.Bookings.AsNoTracking()
            .Where(b => b.ServiceType == serviceType && b.Status == BookingStatus.Completed && b.Id != excludingBookingId)
            .OrderByDescending(b => b.EndsAt)
            .Take(CostForecast.Window)
            .Select(b => new
            {
                b.Id,
                b.Total,
                CrewFees = db.CrewAssignments.Where(a => a.BookingId == b.Id && (a.Status == AssignmentStatus.Accepted || a.Status == AssignmentStatus.Completed)).Sum(a => a.Fee),
            })
            .ToListAsync(cancellationToken);
        var ids = past.Select(p => p.Id).ToList();
        var expenses = (await db.Expenses.AsNoTracking()
                .Where(e => e.BookingId != null && ids.Contains(e.BookingId.Value))
                .GroupBy(e => new { BookingId = e.BookingId!.Value, e.CategoryId, e.Status })
                .Select(g => new { g.Key.BookingId, g.Key.CategoryId, g.Key.Status, Amount = g.Sum(e => e.Amount) })
                .ToListAsync(cancellationToken))
            .Where(e => e.Status == ExpenseStatus.Approved)
            .ToLookup(e => e.BookingId);
        return past.Select(p => new PastCost(p.Total, p.CrewFees, expenses[p.Id].ToDictionary(e => e.CategoryId, e => e.Amount))).ToList();
    }

    /// <summary>A booking's budget heads as they stand, with the budget's version; not set when spent on without a budget.</summary>
    internal sealed record Standing(long Version, bool IsSet, IReadOnlyList<BudgetLineStanding> Lines);

    /// <summary>
    /// For each booking in <paramref name="bookingIds"/>: its allocations beside what its crew jobs and expenses
    /// commit and spend, by head. A head spent on without an allocation appears with nothing allocated.
    /// Expenses are filtered on their booking alone and by status after grouping (as in <see cref="HistoryAsync"/>):
    /// given a status as well, SQLite, which keeps no statistics here, reads every approved expense through the
    /// status index instead of each booking's few through the booking index.
    /// </summary>
    internal static async Task<Dictionary<int, Standing>> StandingsAsync(BookingOpsDbContext db, IQueryable<int> bookingIds, BudgetForecast? forecast, CancellationToken cancellationToken)
    {
        // Read as flat rows, not budgets with their owned lines, whose materialising took twice as long as the query
        // on the dashboard's couple of thousand open budgets. A budget always has a head (saving none removes it).
        var budgets = (await db.Budgets.AsNoTracking().Where(b => bookingIds.Contains(b.BookingId))
                .SelectMany(b => b.Lines, (b, line) => new { b.BookingId, b.Version, line.CategoryId, line.Allocated })
                .ToListAsync(cancellationToken))
            .GroupBy(l => l.BookingId)
            .ToDictionary(g => g.Key, g => new { g.First().Version, Lines = g.Select(l => (l.CategoryId, l.Allocated)).ToList() });
        var crew = (await db.CrewAssignments.AsNoTracking()
                .Where(a => bookingIds.Contains(a.BookingId) && (a.Status == AssignmentStatus.Accepted || a.Status == AssignmentStatus.Completed))
                .GroupBy(a => new { a.BookingId, a.Status })
                .Select(g => new { g.Key.BookingId, CategoryId = (int?)null, Done = g.Key.Status == AssignmentStatus.Completed, Amount = g.Sum(a => a.Fee) })
                .ToListAsync(cancellationToken));
        var expenses = (await db.Expenses.AsNoTracking()
                .Where(e => e.BookingId != null && bookingIds.Contains(e.BookingId.Value))
                .GroupBy(e => new { BookingId = e.BookingId!.Value, e.CategoryId, e.Status })
                .Select(g => new { g.Key.BookingId, g.Key.CategoryId, g.Key.Status, Amount = g.Sum(e => e.Amount) })
                .ToListAsync(cancellationToken))
            .Where(e => e.Status is ExpenseStatus.Submitted or ExpenseStatus.Approved)
            .Select(e => new { e.BookingId, CategoryId = (int?)e.CategoryId, Done = e.Status == ExpenseStatus.Approved, e.Amount });
        var names = await db.ExpenseCategories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var used = crew.Concat(expenses).ToLookup(u => u.BookingId);

        return budgets.Keys.Union(used.Select(u => u.Key)).ToDictionary(id => id, id =>
        {
            var allocated = budgets.TryGetValue(id, out var budget) ? budget.Lines : [];
            var spent = used[id].ToList();
            var heads = allocated.Select(l => l.CategoryId).Union(spent.Select(s => s.CategoryId))
                .OrderBy(c => c is not null).ThenBy(c => c is { } category ? names.GetValueOrDefault(category) : null, StringComparer.CurrentCultureIgnoreCase);
            var lines = heads.Select(head => new BudgetLineStanding(
                    head is { } category ? new BudgetHead(category, names.GetValueOrDefault(category, "?")) : BudgetHead.CrewFees,
                    allocated.Where(l => l.CategoryId == head).Sum(l => l.Allocated),
                    spent.Where(s => s.CategoryId == head && !s.Done).Sum(s => s.Amount),
                    spent.Where(s => s.CategoryId == head && s.Done).Sum(s => s.Amount),
                    forecast is null ? null : Math.Max(forecast.For(head), spent.Where(s => s.CategoryId == head).Sum(s => s.Amount))))
                .ToList();
            return new Standing(budget?.Version ?? 0, budget is not null, lines);
        });
    }
}
