using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Reports;

/// <summary>
/// What the report filters offer: the areas the business works in, every driver who has had orders, former
/// ones too (the order form offers only today's drivers: <see cref="DeliveryOrderDirectory.DriversAsync"/>), and
/// every expense category, retired ones too, as old expenses keep theirs.
/// </summary>
public sealed class ReportFilterOptions(IDbContextFactory<BookingOpsDbContext> dbFactory)
{
    public async Task<IReadOnlyList<string>> AreasAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var areas = await db.Bookings.Where(b => b.Area != null).Select(b => b.Area!)
            .Union(db.DeliveryOrders.Where(o => o.Area != null).Select(o => o.Area!))
            .Union(db.Assets.Where(a => a.Area != null).Select(a => a.Area!))
            .ToListAsync(cancellationToken);
        return [.. areas.Distinct(ReportAreas.Comparer).Order(ReportAreas.Comparer)];
    }

    public async Task<IReadOnlyList<ResourceChoice>> DriversAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.CrewMembers
            .Where(m => db.DeliveryOrders.Any(o => o.DriverId == m.Id))
            .OrderBy(m => m.Name)
            .Select(m => new ResourceChoice(m.Id, m.Name))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ResourceChoice>> CategoriesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var categories = await db.ExpenseCategories.AsNoTracking().OrderBy(c => c.Kind).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        return [.. categories.Select(c => new ResourceChoice(c.Id, $"{c.Name} ({c.Kind.ToString().ToLowerInvariant()})"))];
    }
}
