using BookingOps.Domain.Crew;
using BookingOps.Domain.Fleet;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Scheduling;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.DeliveryOrders;

/// <summary>
/// The booking rules applied to an order's driver, lorry and bin over its day: the driver's other jobs and
/// time off, a vehicle's other jobs and lapsed documents, a bin in repair or with another customer; and a
/// bin already promised to another open delivery. Jobs of the order's own booking are not clashes.
/// </summary>
internal static class DeliveryOrderConflicts
{
    public static async Task<IReadOnlyList<Conflict>> ForAsync(
        BookingOpsDbContext db, DeliveryOrderInput input, int? orderId, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var window = new TimeWindow(
            BusinessCalendar.ToUtc(input.ScheduledOn.ToDateTime(TimeOnly.MinValue), zone),
            BusinessCalendar.ToUtc(input.ScheduledOn.AddDays(1).ToDateTime(TimeOnly.MinValue), zone));
        var ownBooking = input.BookingId ?? 0;
        var conflicts = new List<Conflict>();

        // Inactive people and assets, and a driver without the role, are refused as wrong references instead.
        if (input.DriverId is { } driverId && await db.CrewMembers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == driverId, cancellationToken) is { } driver)
        {
            var candidate = await CrewAvailability.CandidateAsync(db, driver, window, TimeSpan.Zero, cancellationToken);
            conflicts.AddRange(ConflictDetector.ForCrew(candidate, ownBooking, window, CrewRoles.Driver, TimeSpan.Zero, zone)
                .Where(c => c.Kind is not (ConflictKind.Inactive or ConflictKind.MissingRole)));
        }

        foreach (var assetId in new[] { input.LorryId, input.BinId }.OfType<int>())
        {
            var asset = await db.Assets.AsNoTracking().SingleAsync(a => a.Id == assetId, cancellationToken);
            var candidate = await AssetAvailability.CandidateAsync(db, asset, window, TimeSpan.Zero, cancellationToken);
            conflicts.AddRange(AssetConflicts.For(candidate, ownBooking, input.CustomerId, window, TimeSpan.Zero, zone).Where(c => c.Kind != ConflictKind.Inactive));
        }

        if (input.BinId is { } binId && input.Kind == DeliveryOrderKind.Delivery)
        {
            var promised = await db.DeliveryOrders.AsNoTracking()
                .Where(o => o.BinId == binId && o.Id != orderId && o.Kind == DeliveryOrderKind.Delivery
                    && (o.Status == DeliveryOrderStatus.Issued || o.Status == DeliveryOrderStatus.Invoiced) && o.Stage < FieldStage.Handover)
                .Join(db.Assets, o => o.BinId, a => a.Id, (o, a) => new { a.Code, o.Number, o.ScheduledOn })
                .ToListAsync(cancellationToken);
            conflicts.AddRange(promised.Select(p => new Conflict(
                ConflictKind.DoubleBooked, $"{p.Code} is already on {p.Number}, to be delivered {p.ScheduledOn.ToString("d MMM", System.Globalization.CultureInfo.InvariantCulture)}.")));
        }

        return conflicts;
    }
}
