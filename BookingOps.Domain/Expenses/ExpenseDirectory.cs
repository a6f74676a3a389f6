using System.Globalization;
using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Expenses;

/// <summary>What the expense list filters by; each filter optional.</summary>
public sealed record ExpenseListQuery(
    ExpenseKind? Kind = null,
    ExpenseStatus? Status = null,
    int? CategoryId = null,
    int? CrewMemberId = null,
    int? BookingId = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Search = null,
    PageRequest? Page = null);

/// <summary>An expense as lists show it.</summary>
public sealed record ExpenseListItem(
    int Id,
    string Number,
    ExpenseKind Kind,
    ExpenseStatus Status,
    DateOnly SpentOn,
    string Category,
    string Description,
    string? Vendor,
    string? CrewName,
    string? BookingNumber,
    string? DeliveryOrderNumber,
    decimal Amount,
    bool HasReceipt,
    bool IsPaid,
    long Version);

/// <summary>One page of expenses and the sum of every expense the filters match.</summary>
public sealed record ExpensePage(PagedResult<ExpenseListItem> Rows, decimal Total);

/// <summary>One expense with the names shown beside its references.</summary>
public sealed record ExpenseDetail(Expense Expense, string Category, string? CrewName, string? BookingNumber, string? DeliveryOrderNumber);

/// <summary>A job or order an expense can be put on.</summary>
public sealed record ExpenseWork(int? BookingId, int? DeliveryOrderId, string Text);

/// <summary>A receipt file to send back, and what it is.</summary>
public sealed record ReceiptFile(string Path, string ContentType, string DownloadName);

/// <summary>Expense reads, paged and summed in SQL. Overhead is shown to Admins only.</summary>
public sealed class ExpenseDirectory(IDbContextFactory<BookingOpsDbContext> dbFactory, ICurrentActor actor, FileStore files, BusinessCalendar calendar)
{
    public async Task<ExpensePage> ListAsync(ExpenseListQuery query, CancellationToken cancellationToken = default)
    {
        if (!(await actor.GetAsync(cancellationToken)).IsAdmin)
        {
            query = query with { Kind = ExpenseKind.Crew };
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var expenses = Filter(db, query);
        var page = query.Page ?? new PageRequest();
        // Count and sum in one pass over the matching rows.
        var totals = await expenses.GroupBy(e => 1).Select(g => new { Count = g.Count(), Sum = g.Sum(e => e.Amount) }).SingleOrDefaultAsync(cancellationToken);
        var (total, sum) = (totals?.Count ?? 0, totals?.Sum ?? 0m);
        var rows = await (
            from e in expenses.OrderByDescending(e => e.SpentOn).ThenByDescending(e => e.Id).Skip(page.SafeSkip).Take(page.SafeTake)
            join c in db.ExpenseCategories on e.CategoryId equals c.Id
            select new ExpenseListItem(
                e.Id, e.Number, e.Kind, e.Status, e.SpentOn, c.Name, e.Description, e.Vendor,
                db.CrewMembers.Where(m => m.Id == e.CrewMemberId).Select(m => m.Name).FirstOrDefault(),
                db.Bookings.Where(b => b.Id == e.BookingId).Select(b => b.Number).FirstOrDefault(),
                db.DeliveryOrders.Where(o => o.Id == e.DeliveryOrderId).Select(o => o.Number).FirstOrDefault(),
                e.Amount, e.ReceiptFileName != null, e.IsPaid, e.Version))
            .ToListAsync(cancellationToken);
        return new ExpensePage(new PagedResult<ExpenseListItem>(rows, total), sum);
    }

    public async Task<ExpenseDetail?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        var isAdmin = (await actor.GetAsync(cancellationToken)).IsAdmin;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await (
            from e in db.Expenses.AsNoTracking()
            where e.Id == id && (isAdmin || e.Kind == ExpenseKind.Crew)
            join c in db.ExpenseCategories on e.CategoryId equals c.Id
            select new ExpenseDetail(
                e, c.Name,
                db.CrewMembers.Where(m => m.Id == e.CrewMemberId).Select(m => m.Name).FirstOrDefault(),
                db.Bookings.Where(b => b.Id == e.BookingId).Select(b => b.Number).FirstOrDefault(),
                db.DeliveryOrders.Where(o => o.Id == e.DeliveryOrderId).Select(o => o.Number).FirstOrDefault()))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The receipt of an expense the caller may see (as <see cref="GetAsync"/> decides), if it has one.</summary>
    public async Task<ReceiptFile?> ReceiptAsync(int id, CancellationToken cancellationToken = default) =>
        await GetAsync(id, cancellationToken) is { Expense: { ReceiptFileName: { } name, ReceiptContentType: { } type } expense } && File.Exists(files.PathOf(name))
            ? new ReceiptFile(files.PathOf(name), type, $"{expense.Number}{Path.GetExtension(name)}")
            : null;

    /// <summary>The active categories for one kind of expense, by name.</summary>
    public async Task<IReadOnlyList<ExpenseCategory>> CategoriesAsync(ExpenseKind kind, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ExpenseCategories.AsNoTracking().Where(c => c.Kind == kind && c.IsActive).OrderBy(c => c.Name).ToListAsync(cancellationToken);
    }

    /// <summary>The active crew, by name: whose expense the office is logging.</summary>
    public async Task<IReadOnlyList<ResourceChoice>> CrewAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.CrewMembers.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.Name).Select(c => new ResourceChoice(c.Id, c.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>A crew member's jobs and orders of the last month and the coming week, the work their expenses can be put on.</summary>
    public async Task<IReadOnlyList<ExpenseWork>> WorkOfAsync(int crewMemberId, CancellationToken cancellationToken = default)
    {
        var today = await calendar.TodayAsync();
        var zone = await calendar.ZoneAsync();
        var (from, to) = (today.AddMonths(-1), today.AddDays(7));
        var (fromInstant, toInstant) = (BusinessCalendar.ToUtc(from.ToDateTime(TimeOnly.MinValue), zone), BusinessCalendar.ToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue), zone));
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var jobs = await (
            from a in db.CrewAssignments
            where a.CrewMemberId == crewMemberId && a.Status != AssignmentStatus.Declined && a.StartsAt >= fromInstant && a.StartsAt < toInstant
            join b in db.Bookings on a.BookingId equals b.Id
            select new { b.Id, b.Number, b.ServiceType, a.StartsAt })
            .ToListAsync(cancellationToken);
        var orders = await db.DeliveryOrders
            .Where(o => o.DriverId == crewMemberId && o.Number != null && o.ScheduledOn >= from && o.ScheduledOn <= to)
            .Select(o => new { o.Id, o.Number, o.ScheduledOn, o.SiteAddress })
            .ToListAsync(cancellationToken);
        return jobs.OrderByDescending(j => j.StartsAt)
            .Select(j => new ExpenseWork(j.Id, null, $"{j.Number} · {j.ServiceType} · {TimeZoneInfo.ConvertTime(j.StartsAt, zone).ToString("d MMM", CultureInfo.InvariantCulture)}"))
            .Concat(orders.OrderByDescending(o => o.ScheduledOn).Select(o => new ExpenseWork(null, o.Id, $"{o.Number} · {o.SiteAddress} · {o.ScheduledOn.ToString("d MMM", CultureInfo.InvariantCulture)}")))
            .DistinctBy(w => (w.BookingId, w.DeliveryOrderId))
            .ToList();
    }

    private static IQueryable<Expense> Filter(BookingOpsDbContext db, ExpenseListQuery query)
    {
        var expenses = db.Expenses.AsNoTracking();
        if (query.Kind is { } kind)
        {
            expenses = expenses.Where(e => e.Kind == kind);
        }

        if (query.Status is { } status)
        {
            expenses = expenses.Where(e => e.Status == status);
        }

        if (query.CategoryId is { } category)
        {
            expenses = expenses.Where(e => e.CategoryId == category);
        }

        if (query.CrewMemberId is { } person)
        {
            expenses = expenses.Where(e => e.CrewMemberId == person);
        }

        if (query.BookingId is { } booking)
        {
            expenses = expenses.Where(e => e.BookingId == booking);
        }

        if (query.From is { } from)
        {
            expenses = expenses.Where(e => e.SpentOn >= from);
        }

        if (query.To is { } to)
        {
            expenses = expenses.Where(e => e.SpentOn <= to);
        }

        if (Text.Clean(query.Search) is { } search)
        {
            var pattern = $"%{search}%";
            expenses = expenses.Where(e => e.Number.StartsWith(search) || EF.Functions.Like(e.Description, pattern) || (e.Vendor != null && EF.Functions.Like(e.Vendor, pattern)));
        }

        return expenses;
    }
}
