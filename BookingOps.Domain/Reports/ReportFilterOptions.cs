using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Reports;

public sealed record DriverOption(int Id, string Name);

/// <summary>What the report filters offer: the areas the business works in and the drivers who have had orders.</summary>
public sealed class ReportFilterOptions(IDbContextFactory<BookingOpsDbContext> dbFactory)
{
    public async Task<IReadOnlyList<string>> AreasAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var areas = await db.Bookings.Where(b => b.Area != null).Select(b => b.Area!)
            .Union(db.DeliveryOrders.Where(o => o.Area != null).Select(o => o.Area!))
            .Union(db.Assets.Where(a => a.Area != null).Select(a => a.Area!))
            .ToListAsync(cancellationToken);
        return [.. areas.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<IReadOnlyList<DriverOption>> DriversAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.CrewMembers
            .Where(m => db.DeliveryOrders.Any(o => o.DriverId == m.Id))
            .OrderBy(m => m.Name)
            .Select(m => new DriverOption(m.Id, m.Name))
            .ToListAsync(cancellationToken);
    }
}
