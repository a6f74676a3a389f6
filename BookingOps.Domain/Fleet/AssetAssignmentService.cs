using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Scheduling;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Fleet;

/// <summary>Puts assets on bookings, each checked and saved in one write-locked transaction, like crew.</summary>
public sealed class AssetAssignmentService(
    IDbContextFactory<BookingOpsDbContext> dbFactory,
    BusinessCalendar calendar,
    BusinessSettingsService settings,
    TimeProvider clock)
{
    public async Task<int> AssignAsync(int bookingId, int assetId, string? overrideReason, bool actorIsAdmin, CancellationToken cancellationToken = default)
    {
        overrideReason = ConflictOverride.Check(overrideReason, actorIsAdmin);

        var buffer = await settings.JobBufferAsync(cancellationToken);
        var zone = await calendar.ZoneAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var booking = await db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bookingId, cancellationToken)
            ?? throw new BusinessRuleException("This booking no longer exists.");
        if (!booking.IsOpen)
        {
            throw new BusinessRuleException($"A booking that is {Booking.Describe(booking.Status)} takes no new assignments.");
        }

        var asset = await db.Assets.AsNoTracking().SingleOrDefaultAsync(a => a.Id == assetId, cancellationToken)
            ?? throw new DomainValidationException("AssetId", "This asset no longer exists.");
        if (await db.AssetAssignments.AnyAsync(a => a.BookingId == bookingId && a.AssetId == assetId, cancellationToken))
        {
            throw new BusinessRuleException($"{asset.Code} is already on this booking.");
        }

        var conflicts = await ConflictsAsync(db, booking, asset, buffer, zone, cancellationToken);
        if (conflicts.Count > 0 && overrideReason is null)
        {
            throw new SchedulingConflictException(conflicts);
        }

        var assignment = AssetAssignment.Create(booking.Id, asset.Id, booking.StartsAt, booking.EndsAt, conflicts.Count > 0 ? overrideReason : null, clock.GetUtcNow());
        db.AssetAssignments.Add(assignment);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return assignment.Id;
    }

    /// <summary>What would stop the asset going on the booking, without assigning it.</summary>
    public async Task<IReadOnlyList<Conflict>> PreviewAsync(int bookingId, int assetId, CancellationToken cancellationToken = default)
    {
        var buffer = await settings.JobBufferAsync(cancellationToken);
        var zone = await calendar.ZoneAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var booking = await db.Bookings.AsNoTracking().SingleAsync(b => b.Id == bookingId, cancellationToken);
        var asset = await db.Assets.AsNoTracking().SingleAsync(a => a.Id == assetId, cancellationToken);
        return await ConflictsAsync(db, booking, asset, buffer, zone, cancellationToken);
    }

    private static async Task<IReadOnlyList<Conflict>> ConflictsAsync(
        BookingOpsDbContext db, Booking booking, Asset asset, TimeSpan buffer, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var window = new TimeWindow(booking.StartsAt, booking.EndsAt);
        var candidate = await AssetAvailability.CandidateAsync(db, asset, window, buffer, cancellationToken);
        return AssetConflicts.For(candidate, booking.Id, booking.CustomerId, window, buffer, zone);
    }

    public async Task RemoveAsync(int assignmentId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var assignment = await db.AssetAssignments.SingleOrDefaultAsync(a => a.Id == assignmentId, cancellationToken);
        if (assignment is not null)
        {
            db.AssetAssignments.Remove(assignment);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
