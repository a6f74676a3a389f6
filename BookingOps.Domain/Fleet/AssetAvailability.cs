using BookingOps.Domain.Bookings;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Fleet;

/// <summary>What the asset rules need about one asset, and moving a booking's assets when it is rescheduled.</summary>
internal static class AssetAvailability
{
    public static async Task<AssetCandidate> CandidateAsync(
        BookingOpsDbContext db, Asset asset, TimeWindow window, TimeSpan buffer, CancellationToken cancellationToken)
    {
        var (from, to) = (window.Start - buffer, window.End + buffer);
        var earliestStart = from - await LongestAssignmentAsync(db, cancellationToken);
        var commitments = await db.AssetAssignments.AsNoTracking()
            .Where(a => a.AssetId == asset.Id && a.StartsAt > earliestStart && a.StartsAt < to && a.EndsAt > from)
            .Join(db.Bookings.Where(b => b.Status != BookingStatus.Cancelled), a => a.BookingId, b => b.Id, (a, b) => new { b.Id, b.Number, a.StartsAt, a.EndsAt })
            .ToListAsync(cancellationToken);
        var documents = await db.VehicleDocuments.AsNoTracking().Where(d => d.AssetId == asset.Id).ToListAsync(cancellationToken);
        return new AssetCandidate(
            asset.Code,
            asset.IsActive,
            asset.BinState,
            asset.WithCustomerId,
            commitments.Select(c => new Commitment(c.Id, c.Number, new TimeWindow(c.StartsAt, c.EndsAt))).ToList(),
            documents.Select(d => new DocumentExpiry(d.Kind, d.ExpiresOn)).ToList());
    }

    /// <summary>The longest asset assignment on record, read from its index: it bounds clash searches from below.</summary>
    public static async Task<TimeSpan> LongestAssignmentAsync(BookingOpsDbContext db, CancellationToken cancellationToken) =>
        TimeSpan.FromMinutes(await db.AssetAssignments.MaxAsync(a => (int?)a.DurationMinutes, cancellationToken) ?? 0);

    /// <summary>Moves a booking's assets to its new window; refused if any would then clash or lack a valid document.</summary>
    public static async Task RescheduleAsync(
        BookingOpsDbContext db, Booking booking, TimeSpan buffer, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var window = new TimeWindow(booking.StartsAt, booking.EndsAt);
        var assignments = await db.AssetAssignments.Where(a => a.BookingId == booking.Id).ToListAsync(cancellationToken);
        var conflicts = new List<Conflict>();
        foreach (var assignment in assignments.Where(a => a.StartsAt != window.Start || a.EndsAt != window.End))
        {
            var asset = await db.Assets.AsNoTracking().SingleAsync(a => a.Id == assignment.AssetId, cancellationToken);
            var candidate = await CandidateAsync(db, asset, window, buffer, cancellationToken);
            conflicts.AddRange(AssetConflicts.For(candidate, booking.Id, booking.CustomerId, window, buffer, zone)
                .Where(c => c.Kind is ConflictKind.DoubleBooked or ConflictKind.DocumentExpired));
            assignment.Reschedule(window.Start, window.End);
        }

        if (conflicts.Count > 0)
        {
            throw new SchedulingConflictException(conflicts);
        }
    }
}
