using BookingOps.Domain.Fleet;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.DeliveryOrders;

/// <summary>A bin still at a customer's site after the days agreed on its delivery order.</summary>
public sealed record OverdueBin(
    int BinId, string BinCode, int OrderId, string? OrderNumber, int CustomerId, string CustomerName, string? Area, DateOnly DeliveredOn, DateOnly DueOn, int DaysOver);

/// <summary>
/// The rental period: a delivered bin may stay on site for its order's agreed days, counted in business
/// days from the day it was delivered; from the day after, it is overdue for collection.
/// </summary>
public sealed class RentalPeriods(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar)
{
    /// <summary>Bins overdue on <paramref name="today"/>, longest over first.</summary>
    public async Task<IReadOnlyList<OverdueBin>> OverdueAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        var zone = await calendar.ZoneAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        // Bins out with a customer whose last movement was a driver's delivery: as many rows as bins are out, never more,
        // each movement found through its bin's index.
        var stays = await (
            from bin in db.Assets.AsNoTracking()
            where bin.Kind == AssetKind.Bin && bin.BinState == BinState.WithCustomer
            join last in db.AssetMovements on bin.Id equals last.AssetId
            where last.ToState == BinState.WithCustomer && last.DeliveryOrderId != null
                && !db.AssetMovements.Any(later => later.AssetId == bin.Id && later.Id > last.Id)
            join order in db.DeliveryOrders on last.DeliveryOrderId equals order.Id
            join customer in db.Customers on order.CustomerId equals customer.Id
            select new { BinId = bin.Id, bin.Code, OrderId = order.Id, order.Number, order.CustomerId, customer.Name, order.Area, last.At, order.RentalDays })
            .ToListAsync(cancellationToken);

        return stays
            .Select(s =>
            {
                var delivered = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(s.At, zone).DateTime);
                var due = delivered.AddDays(s.RentalDays);
                return new OverdueBin(s.BinId, s.Code, s.OrderId, s.Number, s.CustomerId, s.Name, s.Area, delivered, due, today.DayNumber - due.DayNumber);
            })
            .Where(b => b.DaysOver > 0)
            .OrderByDescending(b => b.DaysOver)
            .ThenBy(b => b.BinCode, StringComparer.Ordinal)
            .ToList();
    }
}
